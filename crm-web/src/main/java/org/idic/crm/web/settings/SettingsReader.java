package org.idic.crm.web.settings;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.idic.crm.segmentation.settings.Channel;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.SettingsProblem;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Reads what an administrator typed, strictly: plain decimal numbers only ("0.2", "-1", "10000"; no
 * "1e3", "1,000", "NaN"), whole numbers where the setting counts something, lists as numbers separated
 * by commas (ASCII or Chinese) with no empty item. A field that cannot be read gets an error; the
 * others are still checked by the settings validator, so every problem is reported at once.
 */
final class SettingsReader {

    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,15}(\\.\\d{0,15})?|\\.\\d{1,15})");

    /** The settings typed; {@code unreadable} names the fields replaced by their default to check the rest. */
    record Typed(SegmentationSettings settings, String cron, Set<String> unreadable) {
    }

    private SettingsReader() {
    }

    static Typed read(Map<String, String> values, BindingResult errors) {
        SegmentationSettings defaults = SegmentationSettings.defaults();
        Map<String, String> fallback = SettingFields.text(defaults, null);
        Set<String> unreadable = new HashSet<>();
        Map<Channel, Double> costs = new EnumMap<>(Channel.class);
        RecordComponent[] components = SegmentationSettings.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (components[i].getName().equals("channelCosts")) {
                args[i] = costs;
            }
        }
        for (SettingField field : SettingFields.BY_NAME.values()) {
            if (field.kind() == SettingField.Kind.TEXT) {
                continue;
            }
            String typed = values.get(field.name());
            Object value = parse(field, typed == null ? "" : typed.strip());
            if (value == null) {
                unreadable.add(field.name());
                errors.addError(new FieldError(errors.getObjectName(), field.path(), typed, false,
                        new String[] {"settings.invalid." + field.kind().name().toLowerCase()}, null,
                        "not a valid value"));
                value = parse(field, fallback.get(field.name()));
            }
            if (field.name().startsWith("channelCosts.")) {
                costs.put(Channel.valueOf(field.name().substring("channelCosts.".length())), (Double) value);
            } else {
                for (int i = 0; i < components.length; i++) {
                    if (components[i].getName().equals(field.name())) {
                        args[i] = value;
                    }
                }
            }
        }
        try {
            SegmentationSettings settings = SegmentationSettings.class.getDeclaredConstructor(types).newInstance(args);
            return new Typed(settings, values.get("scheduleCron"), unreadable);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the settings form does not match the settings record", e);
        }
    }

    /**
     * Marks each problem on its field (or the whole form when it names none of them), skipping fields
     * already marked as unreadable. A message {@code settings.problem.CODE.FIELD} wins over
     * {@code settings.problem.CODE}; the validator's English sentence is the last resort.
     */
    static void reject(BindingResult errors, List<SettingsProblem> problems, Typed typed, Map<String, String> values) {
        for (SettingsProblem p : problems) {
            if (typed.unreadable().contains(p.field())) {
                continue;
            }
            String[] codes = {"settings.problem." + p.code() + "." + p.field(), "settings.problem." + p.code()};
            Object[] args = p.code().equals("cuts.count") ? new Object[] {typed.settings().rfmK() - 1} : null;
            SettingField field = SettingFields.BY_NAME.get(p.field());
            if (field != null) {
                errors.addError(new FieldError(errors.getObjectName(), field.path(), values.get(p.field()), false,
                        codes, args, p.message()));
            } else {
                errors.addError(new ObjectError(errors.getObjectName(), codes, args, p.message()));
            }
        }
    }

    private static Object parse(SettingField field, String text) {
        return switch (field.kind()) {
            case WHOLE -> WHOLE.matcher(text).matches() ? Integer.valueOf(text) : null;
            case NUMBER -> NUMBER.matcher(text).matches() ? Double.valueOf(text) : null;
            case LIST -> list(text);
            case CHOICE -> field.choices().contains(text)
                    ? Enum.valueOf(enumType(field), text) : null;
            case TEXT -> text;
        };
    }

    private static List<Double> list(String text) {
        List<Double> numbers = new ArrayList<>();
        if (text.isEmpty()) {
            return numbers;
        }
        for (String item : text.split("[,，]", -1)) {
            String number = item.strip();
            if (!NUMBER.matcher(number).matches()) {
                return null;
            }
            numbers.add(Double.valueOf(number));
        }
        return numbers;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Enum> enumType(SettingField field) {
        return (Class<Enum>) SettingFields.component(field.name()).getType();
    }
}
