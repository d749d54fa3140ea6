package org.idic.crm.web.segmentation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.idic.crm.domain.segmentation.RunView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A run with its JSON parts (model parameters, customers per tier, timings) opened up for the page. */
public record RunDisplay(RunView run, Map<String, Object> model, Map<String, Object> tiers,
        Map<String, Object> timings) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    static RunDisplay of(RunView run) {
        return new RunDisplay(run, parse(run.modelJson()), parse(run.tierCounts()), parse(run.timings()));
    }

    /** The BG/NBD parameters, if the model was fitted. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> bgNbd() {
        return (Map<String, Object>) model.getOrDefault("bgnbd", Map.of());
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> gammaGamma() {
        return (Map<String, Object>) model.getOrDefault("gammaGamma", Map.of());
    }

    /** The fitted parameters of both models, rounded for reading ("BG/NBD r" → "0.2431"). */
    public Map<String, String> parameters() {
        Map<String, String> readable = new LinkedHashMap<>();
        bgNbd().forEach((k, v) -> readable.put("BG/NBD " + k, readable(v)));
        gammaGamma().forEach((k, v) -> readable.put("Gamma-Gamma " + k, readable(v)));
        return readable;
    }

    static String readable(Object value) {
        if (value instanceof Double d) {
            return new java.math.BigDecimal(d).round(new java.math.MathContext(5)).stripTrailingZeros()
                    .toPlainString();
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> parse(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, MAP);
    }
}
