package org.idic.crm.domain.support;

/** Free text as stored: trimmed, and null rather than empty. */
public final class Text {

    private Text() {
    }

    public static String clean(String input) {
        if (input == null) {
            return null;
        }
        String stripped = input.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
