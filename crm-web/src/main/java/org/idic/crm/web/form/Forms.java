package org.idic.crm.web.form;

import org.idic.crm.domain.access.RuleViolationException;
import org.springframework.validation.BindingResult;

/**
 * Turns domain refusals into errors on the form the user typed, so nothing typed is lost. The error is
 * the rule's message key and arguments, resolved in the user's language when the page is drawn; the
 * exception's own text never reaches a page.
 */
public final class Forms {

    private Forms() {
    }

    /** Marks the field the rule names (or the whole form, when the form has no such field). */
    public static void reject(BindingResult result, RuleViolationException violation) {
        if (violation.field() != null && result.getFieldType(violation.field()) != null) {
            result.rejectValue(violation.field(), violation.code(), violation.arguments(), null);
        } else {
            result.reject(violation.code(), violation.arguments(), null);
        }
    }
}
