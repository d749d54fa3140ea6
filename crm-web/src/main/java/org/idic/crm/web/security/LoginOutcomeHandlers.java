package org.idic.crm.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.user.LoginThrottle;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** What happens after a sign-in attempt: throttle bookkeeping, the audit trail, and where to go. */
final class LoginOutcomeHandlers {

    static final String LOCKED_UNTIL_ATTRIBUTE = "crm.login.lockedUntil";
    /** The username of a refused attempt, so that the form shows it again (never the password). */
    static final String USERNAME_ATTRIBUTE = "crm.login.username";

    private LoginOutcomeHandlers() {
    }

    /** The client address as an audit line's details (an address is digits, dots, colons: nothing to escape). */
    static String address(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? null : "{\"address\":\"" + address.replaceAll("[^0-9A-Fa-f.:]", "") + "\"}";
    }

    static class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LoginThrottle throttle;
        private final AuditLog audit;
        private final Clock clock;

        Success(LoginThrottle throttle, AuditLog audit, Clock clock) {
            this.throttle = throttle;
            this.audit = audit;
            this.clock = clock;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            throttle.recordSuccess(authentication.getName(), request.getRemoteAddr());
            audit.recordNow(authentication.getName(), AuditAction.LOGIN_SUCCESS, null, null, address(request));
            SessionLifetimeFilter.signedIn(request, clock);
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    static class Failure implements AuthenticationFailureHandler {

        private final LoginThrottle throttle;
        private final AuditLog audit;

        Failure(LoginThrottle throttle, AuditLog audit) {
            this.throttle = throttle;
            this.audit = audit;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String username = request.getParameter("username");
            if (username != null && username.length() <= 200) {
                request.getSession().setAttribute(USERNAME_ATTRIBUTE, username);
            }
            String target;
            if (exception instanceof LoginThrottledException throttled) {
                audit.recordNow(username, AuditAction.LOGIN_THROTTLED, null, null, address(request));
                request.getSession().setAttribute(LOCKED_UNTIL_ATTRIBUTE, throttled.lockedUntil());
                target = "/login?locked";
            } else if (exception instanceof DisabledException) {
                audit.recordNow(username, AuditAction.LOGIN_FAILURE, null, null,
                        "{\"reason\":\"disabled\"}");
                target = "/login?disabled";
            } else {
                if (exception instanceof BadCredentialsException) {
                    throttle.recordFailure(username, request.getRemoteAddr());
                }
                audit.recordNow(username, AuditAction.LOGIN_FAILURE, null, null, address(request));
                target = "/login?error";
            }
            response.sendRedirect(request.getContextPath() + target);
        }
    }
}
