package org.idic.crm.domain.support;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Entities are stamped with the application's clock, the one every rule that depends on "now" reads. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "clockDateTimeProvider")
class AuditingConfiguration {

    @Bean
    DateTimeProvider clockDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
