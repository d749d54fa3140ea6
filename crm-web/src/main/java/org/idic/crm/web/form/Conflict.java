package org.idic.crm.web.form;

import java.time.Instant;
import java.util.List;

/**
 * What a user sees when someone saved the record while they were editing it: who and when; the fields
 * both of them changed, each with its value before, theirs and yours (the user keeps theirs per field,
 * or saves again to keep their own); and the fields only the other person changed, which the form now
 * holds with the other person's values.
 */
public record Conflict(String changedBy, Instant changedAt, List<Difference> differences, List<String> taken,
        boolean baseKnown) {

    /** A field both changed: its message key, what it was when the form was loaded, theirs, and yours. */
    public record Difference(String field, String labelKey, String base, String theirs, String yours) {
    }
}
