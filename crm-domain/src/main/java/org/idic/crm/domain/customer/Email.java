package org.idic.crm.domain.customer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.idic.crm.domain.access.RuleViolationException;

/** An e-mail address: one @, a dot in the domain, no spaces; stored as typed, compared lower-case. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Email {
        if (value == null || value.length() > 200 || !SHAPE.matcher(value.strip()).matches()) {
            throw new RuleViolationException("email", "EmailAddress");
        }
        value = value.strip();
    }

    /** The address, or null for a blank input. */
    public static String normalise(String input) {
        return input == null || input.isBlank() ? null : new Email(input).value();
    }

    public String lowerCase() {
        return value.toLowerCase(Locale.ROOT);
    }
}
