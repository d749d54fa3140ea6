package org.idic.crm.domain.support;

/**
 * Whether this installation is a demo: demo users with a shared password, demo customers, and a login
 * page that lists them. On by default exactly when the application runs on its embedded database;
 * {@code crm.demo.enabled} overrides it.
 */
public record DemoMode(boolean enabled) {
}
