package org.idic.crm.web.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Loads the web layer's default settings at lower precedence than the application's own. */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:crm-web-defaults.properties", encoding = "UTF-8")
class WebDefaults {
}
