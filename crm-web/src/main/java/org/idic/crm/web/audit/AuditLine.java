package org.idic.crm.web.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.audit.AuditEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit line with its details read: {@code {"field":["old","new"]}} gives changes old → new,
 * {@code {"field":"value"}} (a new or deleted record, or a note) gives values; anything else is shown as
 * it is.
 */
record AuditLine(AuditEntry entry, List<Change> changes, String raw) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One field: before and after for a change ({@code pair}), else only {@code after}. */
    record Change(String field, String before, String after, boolean pair) {
    }

    static AuditLine of(AuditEntry entry) {
        String details = entry.details();
        List<Change> changes = new ArrayList<>();
        if (details == null || details.isBlank()) {
            return new AuditLine(entry, changes, null);
        }
        try {
            JsonNode root = JSON.readTree(details);
            if (!root.isObject()) {
                return new AuditLine(entry, List.of(), details);
            }
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                JsonNode value = field.getValue();
                if (value.isArray() && value.size() == 2) {
                    changes.add(new Change(field.getKey(), text(value.get(0)), text(value.get(1)), true));
                } else {
                    changes.add(new Change(field.getKey(), null, text(value), false));
                }
            }
            return new AuditLine(entry, changes, null);
        } catch (JacksonException e) {
            return new AuditLine(entry, List.of(), details);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asString() : node.toString();
    }
}
