package org.idic.crm.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface speaks English and Simplified Chinese. */
public final class SupportedLanguages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> ALL = List.of(ENGLISH, CHINESE);

    private SupportedLanguages() {
    }

    /** The supported locale for a language tag such as {@code en} or {@code zh-CN}, if it is one. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale asked = Locale.forLanguageTag(tag.replace('_', '-'));
        if (asked.getLanguage().equals("zh")) {
            return Optional.of(CHINESE);
        }
        return asked.getLanguage().equals("en") ? Optional.of(ENGLISH) : Optional.empty();
    }

    public static String tag(Locale locale) {
        return locale.toLanguageTag();
    }
}
