package org.idic.crm.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a one-time password reaches nothing but the page that replaces it (and signing
 * out, the language switch and the static files) until they have chosen their own.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final Set<String> ALLOWED = Set.of(PAGE, "/logout", "/preferences/language", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication != null && authentication.getPrincipal() instanceof CrmUser user
                && user.view().mustChangePassword() && !ALLOWED.contains(path) && !isStatic(path)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/favicon");
    }
}
