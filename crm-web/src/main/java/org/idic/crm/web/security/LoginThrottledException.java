package org.idic.crm.web.security;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password: too many recent failures for this username. */
class LoginThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Instant lockedUntil;

    LoginThrottledException(Instant lockedUntil) {
        super("too many failed sign-in attempts");
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
