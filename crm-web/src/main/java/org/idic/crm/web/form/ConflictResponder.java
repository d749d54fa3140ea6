package org.idic.crm.web.form;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import org.idic.crm.domain.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Answers a concurrent edit: status 409, the form re-shown with everything the user typed, and a
 * panel naming who saved meanwhile and what differs.
 */
@Component
public class ConflictResponder {

    private final AuditLog audit;

    ConflictResponder(AuditLog audit) {
        this.audit = audit;
    }

    public void show(Model model, HttpServletResponse response, String entity, Long id, Map<String, String> typed,
            Map<String, String> stored) {
        var last = audit.lastChange(entity, id);
        model.addAttribute("conflict", Conflict.between(typed, stored, last.map(AuditLog.LastChange::who).orElse(null),
                last.map(AuditLog.LastChange::when).orElse(null)));
        response.setStatus(HttpStatus.CONFLICT.value());
    }

    /** The same, for records that keep who saved them last and when themselves (settings, playbooks). */
    public void show(Model model, HttpServletResponse response, Map<String, String> typed, Map<String, String> stored,
            String changedBy, Instant changedAt) {
        model.addAttribute("conflict", Conflict.between(typed, stored, changedBy, changedAt));
        response.setStatus(HttpStatus.CONFLICT.value());
    }
}
