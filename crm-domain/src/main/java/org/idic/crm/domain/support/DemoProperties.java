package org.idic.crm.domain.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.demo.*}: the demo mode.
 *
 * @param enabled demo users with a shared password, demo customers, and a login page that lists them;
 *                unset, on exactly when the application runs on its embedded database
 * @param book    whether a new demo installation is filled with a book of about a thousand customers
 *                (and scored twice), so that every page has something to show from the first minute
 */
@ConfigurationProperties("crm.demo")
@Validated
public record DemoProperties(Boolean enabled, @DefaultValue("true") boolean book) {
}
