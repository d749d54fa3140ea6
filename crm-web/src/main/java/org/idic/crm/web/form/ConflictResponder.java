package org.idic.crm.web.form;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.idic.crm.domain.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Answers a concurrent edit: status 409, the form shown again merged three ways (their changes taken
 * where the user typed nothing, the user's kept), a panel naming who saved meanwhile and the fields both
 * changed, and the stored values as the form's new base.
 */
@Component
public class ConflictResponder {

    /** The request parameter of a field the user settles with the stored value. */
    public static final String KEEP_THEIRS = "_keepTheirs";

    private final AuditLog audit;
    private final MessageSource messages;

    ConflictResponder(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /** A difference whose codes (a choice, a yes/no) read as their labels in the user's language. */
    private Conflict.Difference shown(Conflict.Difference d, String codePrefix) {
        if (codePrefix == null) {
            return d;
        }
        return new Conflict.Difference(d.field(), d.labelKey(), d.base(), d.theirs(), d.yours(),
                label(codePrefix, d.base()), label(codePrefix, d.theirs()), label(codePrefix, d.yours()));
    }

    private String label(String prefix, String code) {
        return code == null ? null : messages.getMessage(prefix + code, null, code, LocaleContextHolder.getLocale());
    }

    /** For records whose last change the audit trail knows ({@code entity}, {@code id}). */
    public <F> void show(Model model, HttpServletResponse response, String entity, Long id, ThreeWayMerge<F> merge,
            F typed, F stored, String base) {
        var last = audit.lastChange(entity, id);
        show(model, response, merge, typed, stored, base, last.map(AuditLog.LastChange::who).orElse(null),
                last.map(AuditLog.LastChange::when).orElse(null));
    }

    /** The same, for records that keep who saved them last and when themselves (settings, playbooks). */
    public <F> void show(Model model, HttpServletResponse response, ThreeWayMerge<F> merge, F typed, F stored,
            String base, String changedBy, Instant changedAt) {
        Conflict conflict = merge.merge(typed, stored, Baseline.decode(base), changedBy, changedAt);
        model.addAttribute("conflict", new Conflict(conflict.changedBy(), conflict.changedAt(),
                conflict.differences().stream().map(d -> shown(d, merge.codePrefix(typed, d.field()))).toList(),
                conflict.taken(), conflict.baseKnown()));
        model.addAttribute("baseline", merge.baseline(stored));
        response.setStatus(HttpStatus.CONFLICT.value());
    }
}
