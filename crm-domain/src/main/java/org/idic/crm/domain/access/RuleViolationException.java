package org.idic.crm.domain.access;

/**
 * A business rule refused the change. {@code field} names the form field it belongs to (or null for
 * the whole form) and {@code code} is a message key the pages translate.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String code;

    public RuleViolationException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
