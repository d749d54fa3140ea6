package org.idic.crm.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in user on every request (one primary-key lookup), so that a changed role or
 * team takes effect on the next request and a disabled or deleted user is signed out at once.
 */
class CurrentUserRefreshFilter extends OncePerRequestFilter {

    private final UserAccounts accounts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    CurrentUserRefreshFilter(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CrmUser user) {
            Optional<UserView> current = accounts.find(user.id()).filter(UserView::enabled);
            if (current.isEmpty()) {
                holder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            if (!current.get().equals(user.view())) {
                CrmUser refreshed = user.refreshedWith(current.get());
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                        refreshed.getAuthorities()));
                holder.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/favicon");
    }
}
