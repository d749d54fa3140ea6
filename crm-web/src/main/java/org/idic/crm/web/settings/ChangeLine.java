package org.idic.crm.web.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of "what changed" in a settings version: a field, its value before and after. Read from
 * the version's {@code changes} document ({@code {"field":["old","new"],...}}).
 *
 * @param label the message key of the field's label, or null when the field is not on the form any more
 */
public record ChangeLine(String field, String label, String before, String after) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The lines of a changes document; empty for none or for a document that cannot be read. */
    public static List<ChangeLine> of(String changes) {
        List<ChangeLine> lines = new ArrayList<>();
        if (changes == null || changes.isBlank()) {
            return lines;
        }
        try {
            JsonNode root = JSON.readTree(changes);
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                JsonNode pair = entry.getValue();
                String field = entry.getKey();
                String label = SettingFields.BY_NAME.containsKey(field) ? "field." + field : null;
                lines.add(new ChangeLine(field, label, text(pair.get(0)), text(pair.get(1))));
            }
        } catch (JacksonException | IllegalArgumentException e) {
            return List.of();
        }
        return lines;
    }

    /** Stored values are Java's text of the value ("0.2", "120.0", "[0.01, 0.05]"): shown as the form shows them. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.asString();
        try {
            return SettingFields.format(Double.valueOf(value));
        } catch (NumberFormatException notANumber) {
            return value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        }
    }
}
