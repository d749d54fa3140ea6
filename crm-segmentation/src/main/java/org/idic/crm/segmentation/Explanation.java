package org.idic.crm.segmentation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a customer got a score, as data: a stable code (e.g. {@code tier.BZ}) and the numbers behind it,
 * in a fixed order (e.g. margin, serviceCost, currentValue, futureValue), so pages can render it in
 * any language. The codes and their value keys are listed in docs/segmentation-cli.md.
 */
public record Explanation(String code, Map<String, Double> values) {

    /** Copies the values, keeping their order. */
    public Explanation {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An explanation from alternating keys and numbers: {@code of("tier.BZ", "margin", 1200.0, …)}. */
    public static Explanation of(String code, Object... keysAndValues) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], ((Number) keysAndValues[i + 1]).doubleValue());
        }
        return new Explanation(code, values);
    }
}
