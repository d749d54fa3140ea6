package org.idic.crm.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a sign-in {@link SessionProperties#absoluteLifetime()} after it began, however active it has been.
 * When it began is an attribute of the session set at sign-in from the application's clock (any
 * HttpSession keeps attributes, Spring Session's JDBC store included); a session without it falls back to
 * the session's creation time.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "crm.session.signedInAt";

    private final Duration lifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Remembers when the user signed in (called once the sign-in succeeded). */
    static void signedIn(HttpServletRequest request, Clock clock) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() != null) {
            Instant began = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at
                    : Instant.ofEpochMilli(session.getCreationTime());
            if (!clock.instant().isBefore(began.plus(lifetime))) {
                SecurityContextHolder.clearContext();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
