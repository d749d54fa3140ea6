package org.idic.crm.domain.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Loads the domain's default settings at lower precedence than the application's own. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:crm-domain-defaults.properties")
class DomainDefaults {
}
