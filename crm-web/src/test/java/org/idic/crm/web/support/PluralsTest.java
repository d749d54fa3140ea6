package org.idic.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * English counts agree with their nouns (issue 9: "1 days ago"): every English message that puts a
 * number before days, weeks, months or customers reads right when the number is 1, and when it is 2.
 */
class PluralsTest {

    private static final List<String> BUNDLES = List.of("messages", "messages-segmentation", "messages-settings",
            "messages-reports", "messages-export", "messages-lists", "messages-import", "messages-users");
    private static final Pattern COUNTED = Pattern.compile(
            "\\{(\\d)(,number[^}]*)?}\\s+(days?|weeks?|months?|customers?)\\b");

    @Test
    void oneIsSingularAndTwoIsPlural() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle + ".properties");
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (!COUNTED.matcher(pattern).find() && !pattern.contains(",choice,")) {
                    continue;
                }
                checked++;
                for (long n : new long[] {1, 2}) {
                    String text = new MessageFormat(pattern, Locale.ENGLISH).format(arguments(pattern, n));
                    Matcher bad = Pattern.compile(n == 1 ? "\\b1 (days|weeks|months|customers)\\b"
                            : "\\b2 (day|week|month|customer)\\b").matcher(text);
                    if (bad.find()) {
                        wrong.add(key + " with " + n + ": " + text);
                    }
                }
            }
        }
        assertThat(checked).as("messages with counts").isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    /** Every argument the pattern names, as the number {@code n} (dates and words get a sample). */
    private static Object[] arguments(String pattern, long n) {
        Object[] args = new Object[10];
        for (int i = 0; i < args.length; i++) {
            args[i] = pattern.contains("{" + i + ",date") ? new java.util.Date() : n;
        }
        return args;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PluralsTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
