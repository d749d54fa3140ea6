package org.idic.crm.domain.customer;

import java.util.regex.Pattern;
import org.idic.crm.domain.access.RuleViolationException;

/** A phone number as people write it (+86 138-0013-8000); its digits are what search uses. */
public record Phone(String value) {

    private static final Pattern SHAPE = Pattern.compile("^\\+?[0-9 ()./-]{4,40}$");

    public Phone {
        if (value == null || !SHAPE.matcher(value.strip()).matches() || digitsOf(value).length() < 4) {
            throw new RuleViolationException("phone", "PhoneNumber");
        }
        value = value.strip();
    }

    public static String normalise(String input) {
        return input == null || input.isBlank() ? null : new Phone(input).value();
    }

    public String digits() {
        return digitsOf(value);
    }

    public static String digitsOf(String text) {
        return text == null ? "" : text.replaceAll("[^0-9]", "");
    }
}
