package org.idic.crm.segmentation.settings;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settings as JSON: one object whose property names are the {@link SegmentationSettings} component
 * names. Reading is strict (an unknown property, a null, a string where a number belongs or a
 * fraction where a whole number belongs is an error naming the field) and complete (every such
 * problem is reported, not just the first). A property left out takes its default, so documents
 * saved before a setting existed still read; so does a channel left out of {@code channelCosts}.
 */
public final class SettingsJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();
    private static final RecordComponent[] COMPONENTS = SegmentationSettings.class.getRecordComponents();

    private SettingsJson() {
    }

    /** Pretty-printed JSON with every component, in declaration order. */
    public static String write(SegmentationSettings settings) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(settings);
    }

    /**
     * Parses settings. Does not validate value ranges: call {@link SettingsValidator} for that.
     *
     * @throws InvalidSettingsException listing every unknown, null or malformed property
     */
    public static SegmentationSettings read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidSettingsException(List.of(new SettingsProblem("", "json.malformed",
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSettingsException(List.of(new SettingsProblem("", "json.notObject",
                    "settings must be one JSON object")));
        }
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent c : COMPONENTS) {
            byName.put(c.getName(), c);
        }
        List<SettingsProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            String name = property.getKey();
            RecordComponent component = byName.get(name);
            if (component == null) {
                problems.add(new SettingsProblem(name, "field.unknown", "unknown setting '" + name + "'"));
            } else if (property.getValue().isNull()) {
                problems.add(new SettingsProblem(name, "field.null", name + " must not be null"));
            } else {
                convert(name, component, property.getValue(), values, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return assemble(values);
    }

    private static void convert(String name, RecordComponent component, JsonNode node, Map<String, Object> values,
                                List<SettingsProblem> problems) {
        JavaType type = MAPPER.getTypeFactory().constructType(component.getGenericType());
        try {
            Object value = MAPPER.convertValue(node, type);
            if (value instanceof List<?> list && list.contains(null)) {
                problems.add(new SettingsProblem(name, "field.null", name + " must not contain null"));
                return;
            }
            if (value instanceof Map<?, ?> map && map.containsValue(null)) {
                problems.add(new SettingsProblem(name, "field.null", name + " must not contain null"));
                return;
            }
            values.put(name, value);
        } catch (JacksonException | IllegalArgumentException e) {
            problems.add(new SettingsProblem(name, "field.malformed",
                    "%s: expected %s, got %s".formatted(name, describe(component), node)));
        }
    }

    @SuppressWarnings("unchecked")
    private static SegmentationSettings assemble(Map<String, Object> values) {
        SegmentationSettings defaults = SegmentationSettings.defaults();
        Object[] args = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        try {
            for (int i = 0; i < COMPONENTS.length; i++) {
                RecordComponent c = COMPONENTS[i];
                types[i] = c.getType();
                Object value = values.containsKey(c.getName()) ? values.get(c.getName()) : c.getAccessor().invoke(defaults);
                if (c.getName().equals("channelCosts")) {
                    Map<Channel, Double> merged = new EnumMap<>(defaults.channelCosts());
                    merged.putAll((Map<Channel, Double>) value);
                    value = merged;
                }
                args[i] = value;
            }
            return SegmentationSettings.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("settings record does not match its JSON mapping", e);
        }
    }

    private static String describe(RecordComponent c) {
        Class<?> t = c.getType();
        if (t == int.class) {
            return "a whole number";
        }
        if (t == double.class) {
            return "a number";
        }
        if (t.isEnum()) {
            return "one of " + java.util.Arrays.toString(t.getEnumConstants());
        }
        if (t == List.class) {
            return "a list of numbers";
        }
        return "an object of channel names (" + java.util.Arrays.toString(Channel.values()) + ") to numbers";
    }

    /**
     * The line of each top-level property in a JSON text (1-based), so that tools can point at the
     * line of a wrong setting; empty when the text is not valid JSON.
     */
    public static Map<String, Integer> propertyLines(String json) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser p = MAPPER.createParser(json)) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.PROPERTY_NAME && depth == 1) {
                    lines.putIfAbsent(p.currentName(), p.currentTokenLocation().getLineNr());
                }
            }
        } catch (JacksonException e) {
            return lines;
        }
        return lines;
    }
}
