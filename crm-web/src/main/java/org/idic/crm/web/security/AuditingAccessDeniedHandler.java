package org.idic.crm.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals end on the 403 page; a signed-in user's refusal is audited. A missing or stale CSRF token
 * gets its own explanation, because the usual cause is an expired form, not an attack.
 */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    /** Request attribute the 403 page reads to explain a refused form. */
    static final String CSRF_REJECTED = "crmCsrfRejected";

    private final AuditLog audit;

    AuditingAccessDeniedHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException {
        if (denied instanceof CsrfException) {
            request.setAttribute(CSRF_REJECTED, Boolean.TRUE);
        } else if (request.getUserPrincipal() != null) {
            audit.recordNow(request.getUserPrincipal().getName(), AuditAction.ACCESS_DENIED, null, null,
                    request.getMethod() + " " + request.getRequestURI());
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
