package org.idic.crm.domain.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.idic.crm.domain.access.RuleViolationException;

/**
 * What a password must be (NIST SP 800-63B style: length and a blocklist, no composition rules):
 * {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, not the username, and not one of the 10,000
 * most common passwords ({@code common-passwords.txt}, its source in {@code common-passwords.NOTICE}).
 * Passwords longer than bcrypt's 72 bytes are hashed first (see {@link PrehashingBcrypt}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.strip().equals(Usernames.key(username))) {
            return Optional.of("password.isUsername");
        }
        if (Common.PASSWORDS.contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** Refuses a password that breaks a rule, naming the form field it came from. */
    public static void require(String field, String password, String username) {
        Optional<String> problem = problem(password, username);
        if (problem.isPresent()) {
            throw switch (problem.get()) {
                case "password.tooShort" -> new RuleViolationException(field, "password.tooShort", MIN_LENGTH);
                case "password.tooLong" -> new RuleViolationException(field, "password.tooLong", MAX_LENGTH);
                case "password.isUsername" -> new RuleViolationException(field, "password.isUsername");
                default -> new RuleViolationException(field, "password.common");
            };
        }
    }

    /** Loaded once, on first use. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            var stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
            if (stream == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            Set<String> passwords = new HashSet<>();
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(s -> passwords.add(s.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
