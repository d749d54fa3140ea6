package org.idic.crm.domain.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class DemoModeConfiguration {

    @Bean
    DemoMode demoMode(Environment environment) {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        return new DemoMode(environment.getProperty("crm.demo.enabled", Boolean.class, embedded));
    }
}
