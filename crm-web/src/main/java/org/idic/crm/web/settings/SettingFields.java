package org.idic.crm.web.settings;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.segmentation.settings.Channel;
import org.idic.crm.segmentation.settings.SegmentationSettings;

/**
 * The settings form's fields, grouped as the administrator reads them, and the settings as the form's
 * text. Every component of {@link SegmentationSettings} is a field (each channel's cost one of its
 * own), plus the schedule; {@code SettingFieldsTest} keeps it that way when a setting is added.
 */
public final class SettingFields {

    /** The groups in page order. */
    public static final List<SettingGroup> GROUPS = groups();
    /** Every field by name. */
    public static final Map<String, SettingField> BY_NAME = GROUPS.stream().flatMap(g -> g.fields().stream())
            .collect(Collectors.toMap(SettingField::name, f -> f, (a, b) -> a, LinkedHashMap::new));

    private SettingFields() {
    }

    /** The settings and schedule as the form shows them: field name → text, in form order. */
    public static Map<String, String> text(SegmentationSettings settings, String cron) {
        Map<String, String> text = new LinkedHashMap<>();
        SettingsVersions.values(settings, cron).forEach((name, value) -> text.put(name, format(value)));
        return text;
    }

    /** Only the known fields of what was typed, in form order (for comparing with a stored version). */
    public static Map<String, String> known(Map<String, String> typed) {
        Map<String, String> known = new LinkedHashMap<>();
        BY_NAME.keySet().forEach(name -> known.put(name, typed.get(name)));
        return known;
    }

    /** A value as the form shows it: numbers without trailing zeros, lists comma-separated. */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : d.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SettingFields::format).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    private static List<SettingGroup> groups() {
        Map<String, String> defaults = text(SegmentationSettings.defaults(), null);
        List<String> costs = new ArrayList<>(List.of("defaultMarginRate"));
        for (Channel channel : Channel.values()) {
            costs.add("channelCosts." + channel);
        }
        costs.add("complaintCost");
        return List.of(
                group("window", defaults, "windowDays", "abcValueBasis"),
                group("abc", defaults, "abcShareA", "abcShareB", "pyramidShares"),
                group("rfm", defaults, "rfmMode", "rfmK", "monetaryMode", "recencyCuts", "frequencyCuts",
                        "monetaryCuts"),
                group("clv", defaults, "timeUnit", "minCustomersForModel", "horizonMonths", "annualDiscountRate",
                        "retentionRate"),
                group("tiers", defaults, "mvcMode", "mvcShare", "mvcAmount", "mgcMode", "mgcShare", "mgcAmount"),
                group("lifecycle", defaults, "churnDays", "recentDays", "newCustomerDays", "declineRatio",
                        "growthRatio", "pAliveTerminated", "pAliveDecline", "loyalMinPurchaseDays",
                        "loyalMaxRecencyDays"),
                group("costs", defaults, costs.toArray(String[]::new)),
                group("schedule", defaults, "scheduleCron"));
    }

    private static SettingGroup group(String key, Map<String, String> defaults, String... names) {
        List<SettingField> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(field(name, defaults.get(name)));
        }
        return new SettingGroup(key, fields);
    }

    @SuppressWarnings("unchecked")
    private static SettingField field(String name, String defaultValue) {
        if (name.equals("scheduleCron")) {
            return SettingField.of(name, SettingField.Kind.TEXT, "");
        }
        if (name.startsWith("channelCosts.")) {
            return SettingField.of(name, SettingField.Kind.NUMBER, defaultValue);
        }
        Class<?> type = component(name).getType();
        if (type.isEnum()) {
            return SettingField.choice(name, (Class<? extends Enum<?>>) type, defaultValue);
        }
        SettingField.Kind kind = type == int.class ? SettingField.Kind.WHOLE
                : type == double.class ? SettingField.Kind.NUMBER : SettingField.Kind.LIST;
        return SettingField.of(name, kind, defaultValue);
    }

    static RecordComponent component(String name) {
        for (RecordComponent c : SegmentationSettings.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no setting " + name);
    }
}
