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

    /**
     * A field both changed: its message key, what it was when the form was loaded, theirs, and yours (as
     * the form sends them: a choice by its code); and the same three as the user reads them (a choice by
     * its label in the user's language).
     */
    public record Difference(String field, String labelKey, String base, String theirs, String yours,
            String baseShown, String theirsShown, String yoursShown) {

        /** Values shown as they are. */
        public Difference(String field, String labelKey, String base, String theirs, String yours) {
            this(field, labelKey, base, theirs, yours, base, theirs, yours);
        }
    }
}
