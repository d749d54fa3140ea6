package org.idic.crm.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt of the Base64 SHA-256 of the password: bcrypt reads only 72 bytes (and Spring Security refuses
 * more), while the policy allows 128 characters. The digest keeps every character significant; Base64
 * keeps it free of the zero bytes bcrypt would stop at. Stored with the prefix {@code {bcrypt-sha256}};
 * the older plain {@code {bcrypt}} hashes are still accepted.
 */
final class PrehashingBcrypt implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(digest(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && bcrypt.matches(digest(rawPassword), encodedPassword);
    }

    private static String digest(CharSequence raw) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
