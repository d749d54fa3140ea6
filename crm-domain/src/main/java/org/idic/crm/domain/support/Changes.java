package org.idic.crm.domain.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** "What changed" for the audit trail: the fields whose values differ, as a small JSON object. */
public final class Changes {

    private Changes() {
    }

    /** {@code {"field":["old","new"],...}} for every field whose value differs. */
    public static String between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object[]> changed = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(String.valueOf(old), String.valueOf(value))) {
                changed.put(field, new Object[] {old, value});
            }
        });
        StringBuilder json = new StringBuilder("{");
        changed.forEach((field, pair) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(field)).append(":[").append(quote(pair[0])).append(',').append(quote(pair[1]))
                    .append(']');
        });
        return json.append('}').toString();
    }

    /** The values of a new record, as {@code {"field":"value",...}} without the empty ones. */
    public static String of(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((field, value) -> {
            if (value != null && !String.valueOf(value).isEmpty()) {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(quote(field)).append(':').append(quote(value));
            }
        });
        return json.append('}').toString();
    }

    static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char ch : String.valueOf(value).toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
