package org.idic.crm.domain.access;

import java.util.Arrays;

/**
 * A business rule refused the change, and nothing was changed. The one exception for every broken rule:
 * it carries no text for people, only a message key ({@code code}, e.g. {@code customer.name.required})
 * and the values the message names ({@code arguments}, e.g. the longest length allowed), which the pages
 * turn into a sentence in the user's language. {@code field} names the form field the rule is about, or
 * is null when it concerns the whole form.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public RuleViolationException(String field, String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** The form field the rule concerns, or null for the whole form. */
    public String field() {
        return field;
    }

    /** The message key. */
    public String code() {
        return code;
    }

    /** The values the message names, in the order of its {0}, {1}, ... */
    public Object[] arguments() {
        return arguments.clone();
    }
}
