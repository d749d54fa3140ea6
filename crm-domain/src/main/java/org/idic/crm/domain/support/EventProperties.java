package org.idic.crm.domain.support;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.events.*}: the events between the domain's modules.
 *
 * @param retryEvery how often the events whose listener failed are delivered again, and how old a failed
 *                   event must be before it is (at least a second)
 */
@ConfigurationProperties("crm.events")
@Validated
public record EventProperties(@NotNull @DefaultValue("1m") Duration retryEvery) {

    public EventProperties {
        if (retryEvery != null && retryEvery.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("crm.events.retry-every must be at least a second, not " + retryEvery);
        }
    }
}
