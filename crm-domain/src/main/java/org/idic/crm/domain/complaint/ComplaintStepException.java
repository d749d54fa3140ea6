package org.idic.crm.domain.complaint;

/** A step that would skip or undo part of the process, or that lacks what the step records. */
public class ComplaintStepException extends RuntimeException {

    private final String field;
    private final String code;

    ComplaintStepException(String field, String code, String message) {
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
