package org.idic.crm.domain.user;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Length-only password rules (no composition rules, as current guidance advises).
 * The upper bound is bcrypt's: it ignores everything past 72 bytes.
 */
public final class PasswordPolicy {

    public static final int MIN_ADMIN_LENGTH = 12;
    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String password, int minLength) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of("must be at least " + minLength + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes long");
        }
        return Optional.empty();
    }
}
