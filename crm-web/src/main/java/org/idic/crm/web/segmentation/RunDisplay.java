package org.idic.crm.web.segmentation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.segmentation.RunView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run with its JSON parts (model parameters, customers per tier, timings) opened up for the page: the
 * main steps in words a manager reads, and the technical figures (fitted parameters, each stage's
 * milliseconds, memory) for the details section.
 */
public record RunDisplay(RunView run, Map<String, Object> model, Map<String, Object> tiers,
        Map<String, Object> timings) {

    /** The steps of a run in order, by their timing key, as a manager would name them. */
    static final List<String> STEPS = List.of("facts", "engine", "write", "migration");

    /** The names the application itself starts runs under, by message key: they are not people. */
    private static final Map<String, String> SYSTEM_STARTERS = Map.of("demo setup", "runs.startedBy.demo",
            "schedule", "runs.startedBy.schedule", "command line", "runs.startedBy.command", "benchmark",
            "runs.startedBy.benchmark");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    static RunDisplay of(RunView run) {
        return new RunDisplay(run, parse(run.modelJson()), parse(run.tierCounts()), parse(run.timings()));
    }

    /** Who started the run, as a message key when it was the application itself (else null: a user name). */
    public String startedByKey() {
        return SYSTEM_STARTERS.get(run.startedBy());
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

    /** The main steps that were timed, in order, in seconds (one decimal). */
    public Map<String, String> steps() {
        Map<String, String> seconds = new LinkedHashMap<>();
        STEPS.stream().filter(timings::containsKey).forEach(step -> seconds.put(step,
                String.format(java.util.Locale.ROOT, "%.1f", ((Number) timings.get(step)).doubleValue() / 1000)));
        return seconds;
    }

    /**
     * How long the run took in seconds: its steps added up where they were timed (so that the page's
     * figures agree), else from its start to the moment its scores took effect.
     */
    public double totalSeconds() {
        double steps = STEPS.stream().filter(timings::containsKey)
                .mapToDouble(step -> ((Number) timings.get(step)).doubleValue()).sum() / 1000;
        return steps > 0 || run.duration() == null ? steps : run.duration().toMillis() / 1000.0;
    }

    /** Every timing that is not a main step (the engine's and the writer's parts), in milliseconds. */
    public Map<String, Object> partTimings() {
        Map<String, Object> parts = new LinkedHashMap<>();
        timings.forEach((k, v) -> {
            if (!STEPS.contains(k) && !k.equals("peakHeapBytes")) {
                parts.put(k, v);
            }
        });
        return parts;
    }

    /** The most memory the run's JVM held, in MB, if measured. */
    public Long peakHeapMegabytes() {
        return timings.get("peakHeapBytes") instanceof Number n ? Math.round(n.doubleValue() / (1024 * 1024)) : null;
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
