package org.idic.crm.web.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.idic.crm.domain.customerlist.CustomerRow;
import org.springframework.context.MessageSource;

/** The columns of the customer list export, headers and coded values in the reader's language. */
final class CustomerColumns {

    private static final List<String> KEYS = List.of("number", "name", "kind", "status", "owner", "phone", "email",
            "city", "tags", "tier", "lifecycle", "predictedClv", "currentValue", "lastActivity", "abcClass",
            "pyramidLevel", "rfmCode", "rfmSegment", "relationship");

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> labels = new HashMap<>();

    CustomerColumns(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<String> names() {
        return KEYS.stream().map(key -> messages.getMessage("export.customers." + key, null, locale)).toList();
    }

    List<Object> values(CustomerRow c) {
        return Arrays.asList(c.number(), c.name(), label("CustomerKind", c.kind()), label("CustomerStatus", c.status()),
                c.ownerName(), c.phone(), c.email(), c.city(), String.join(", ", c.tags()), label("Tier", c.tier()),
                label("LifecycleStage", c.lifecycle()), money(c.predictedClv()), money(c.currentValue()), c.lastActivityAt(),
                label("AbcClass", c.abcClass()), label("PyramidLevel", c.pyramidLevel()), c.rfmCode(),
                label("RfmSegment", c.rfmSegment()), label("Relationship", c.relationship()));
    }

    /** Money to the cent: the scores are doubles, whose last digits are noise ({@code 47985.079999999994}). */
    private static BigDecimal money(Double value) {
        return value == null || !Double.isFinite(value) ? null
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The label of a coded value as the pages show it (the code itself if there is none). */
    private String label(String type, Object code) {
        if (code == null) {
            return null;
        }
        String key = "enum." + type + "." + code;
        return labels.computeIfAbsent(key, k -> messages.getMessage(k, null, code.toString(), locale));
    }
}
