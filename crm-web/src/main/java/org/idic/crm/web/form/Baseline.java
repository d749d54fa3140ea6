package org.idic.crm.web.form;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The values an edit form was loaded with, carried in the form as one hidden field ({@value #PARAMETER})
 * so that a conflict can tell what the user changed from what they left alone. It only decides what to
 * show and merge: the user can send any values anyway, so it needs no protection of its own.
 */
public final class Baseline {

    /** The request parameter that carries it. */
    public static final String PARAMETER = "_base";

    private Baseline() {
    }

    /** The values as the hidden field's text (form-encoded; a missing value is left out). */
    public static String encode(Map<String, String> values) {
        StringJoiner text = new StringJoiner("&");
        values.forEach((field, value) -> {
            if (value != null) {
                text.add(enc(field) + "=" + enc(value));
            }
        });
        return text.toString();
    }

    /** The values back; null when the form carried none (then nothing can be told apart). */
    public static Map<String, String> decode(String text) {
        if (text == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
