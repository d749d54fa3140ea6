package org.idic.crm.web.security;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.session.*}: how long a sign-in lasts at most, however active the user is (the idle timeout
 * is {@code server.servlet.session.timeout}, 30 minutes).
 *
 * @param absoluteLifetime after this long from signing in, the next request signs the user out (at least
 *                         a minute; default 12 hours)
 */
@ConfigurationProperties("crm.session")
@Validated
public record SessionProperties(@NotNull @DefaultValue("12h") Duration absoluteLifetime) {

    public SessionProperties {
        if (absoluteLifetime != null && absoluteLifetime.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("crm.session.absolute-lifetime must be at least a minute, not "
                    + absoluteLifetime);
        }
    }
}
