package org.idic.crm.web.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Chart.js chart as data, rendered into a {@code data-chart} attribute (escaped by Thymeleaf) and
 * drawn by /js/charts.js: no script on the page itself. {@code links[dataset][index]} is where a click
 * on that bar, point or slice goes (the customers behind it).
 */
public final class ChartSpec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String type;
    private final List<String> labels = new ArrayList<>();
    private final List<Map<String, Object>> datasets = new ArrayList<>();
    private final List<List<String>> links = new ArrayList<>();
    private final Map<String, Object> options = new LinkedHashMap<>();

    private ChartSpec(String type) {
        this.type = type;
    }

    public static ChartSpec of(String type) {
        return new ChartSpec(type);
    }

    public ChartSpec labels(List<String> values) {
        labels.addAll(values);
        return this;
    }

    /** A dataset: its label, values, colours (one, or one per value) and drill-down links (may be empty). */
    public ChartSpec dataset(String label, List<?> data, Object colors, List<String> drill) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        dataset.put("backgroundColor", colors);
        dataset.put("borderColor", colors);
        datasets.add(dataset);
        links.add(drill);
        return this;
    }

    /** Adds a property to the last dataset (e.g. type "line", showLine, pointRadius). */
    public ChartSpec with(String key, Object value) {
        datasets.get(datasets.size() - 1).put(key, value);
        return this;
    }

    public ChartSpec option(String key, Object value) {
        options.put(key, value);
        return this;
    }

    public String json() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", type);
        spec.put("labels", labels);
        spec.put("datasets", datasets);
        spec.put("links", links);
        spec.put("options", options);
        return JSON.writeValueAsString(spec);
    }
}
