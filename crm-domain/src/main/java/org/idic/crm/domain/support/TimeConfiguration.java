package org.idic.crm.domain.support;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every rule that depends on "now", so tests can move time instead of sleeping; it runs in
 * the business time zone ({@code crm.time-zone}), so "today" is the same on every instance.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeZoneProperties.class)
class TimeConfiguration {

    @Bean
    Clock clock(TimeZoneProperties time) {
        return Clock.system(time.zone());
    }
}
