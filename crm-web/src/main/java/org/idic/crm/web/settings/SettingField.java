package org.idic.crm.web.settings;

import java.util.Arrays;
import java.util.List;

/**
 * One field of the settings form. Its name is the settings component (the JSON name, which is also
 * what {@code SettingsProblem.field()} says), or {@code channelCosts.VISIT} for one channel, or
 * {@code scheduleCron}. Labels and help texts are the messages {@code field.NAME} and
 * {@code field.NAME.help}.
 *
 * @param choices      the allowed values of a CHOICE field (enum constant names), else empty
 * @param type         the enum's simple name for a CHOICE field (its labels are {@code settings.enum.TYPE.VALUE})
 * @param defaultValue the spec's default, as the form shows it ("" for none)
 */
public record SettingField(String name, Kind kind, List<String> choices, String type, String defaultValue) {

    /** How a field is typed and read. */
    public enum Kind {
        /** a whole number */
        WHOLE,
        /** a decimal number */
        NUMBER,
        /** comma-separated decimal numbers */
        LIST,
        /** one of a few values */
        CHOICE,
        /** free text (the cron expression) */
        TEXT
    }

    static SettingField of(String name, Kind kind, String defaultValue) {
        return new SettingField(name, kind, List.of(), null, defaultValue);
    }

    static SettingField choice(String name, Class<? extends Enum<?>> type, String defaultValue) {
        return new SettingField(name, Kind.CHOICE, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                type.getSimpleName(), defaultValue);
    }

    /** The form's binding path. */
    public String path() {
        return "values[" + name + "]";
    }

    /** An HTML id without dots. */
    public String id() {
        return "s-" + name.replace('.', '-');
    }

    public boolean isChoice() {
        return kind == Kind.CHOICE;
    }

    /** The keyboard a phone shows for it. */
    public String inputMode() {
        return switch (kind) {
            case WHOLE -> "numeric";
            case NUMBER, LIST -> "decimal";
            default -> "text";
        };
    }
}
