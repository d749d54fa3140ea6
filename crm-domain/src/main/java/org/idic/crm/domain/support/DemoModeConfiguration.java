package org.idic.crm.domain.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DemoProperties.class, EventProperties.class})
class DemoModeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoModeConfiguration.class);

    @Bean
    DemoMode demoMode(Environment environment, DemoProperties demo) {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean enabled = demo.enabled() == null ? embedded : demo.enabled();
        if (enabled && !embedded) {
            // allowed (a shared trial server), but never silently: these users share a published password
            log.warn("Demo mode is on with an external database: demo users with the password demo1234 are created"
                    + " on an empty database. Do not run a production CRM like this (unset CRM_DEMO_ENABLED).");
        }
        return new DemoMode(enabled);
    }
}
