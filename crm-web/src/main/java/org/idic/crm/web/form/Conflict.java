package org.idic.crm.web.form;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a user sees when someone saved the record while they were editing it: who and when, and for
 * every field that differs, what they typed and what is stored now. Their typed values stay in the
 * form; saving again (with the new version) deliberately overwrites.
 */
public record Conflict(String changedBy, Instant changedAt, List<Difference> differences) {

    /** One field that differs. */
    public record Difference(String field, String yours, String theirs) {
    }

    public static Conflict between(Map<String, String> typed, Map<String, String> stored, String changedBy,
            Instant changedAt) {
        List<Difference> differences = new ArrayList<>();
        typed.forEach((field, yours) -> {
            String theirs = stored.get(field);
            if (!Objects.equals(blankToNull(yours), blankToNull(theirs))) {
                differences.add(new Difference(field, yours, theirs));
            }
        });
        return new Conflict(changedBy, changedAt, differences);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
