package org.idic.crm.web.form;

import org.idic.crm.domain.access.RuleViolationException;
import org.springframework.validation.BindingResult;

/** Turns domain refusals into errors on the form the user typed, so nothing typed is lost. */
public final class Forms {

    private Forms() {
    }

    /** Marks the field the rule names (or the whole form) with the rule's message key. */
    public static void reject(BindingResult result, RuleViolationException violation) {
        if (violation.field() != null && result.getFieldType(violation.field()) != null) {
            result.rejectValue(violation.field(), violation.code(), violation.getMessage());
        } else {
            result.reject(violation.code(), violation.getMessage());
        }
    }

    /** Marks the whole form with a domain message that has no field of its own. */
    public static void reject(BindingResult result, IllegalArgumentException invalid) {
        result.reject("form.invalid", new Object[] {invalid.getMessage()}, invalid.getMessage());
    }
}
