package org.idic.crm.app.startup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code crm.admin.*} ({@code CRM_ADMIN_USERNAME}, {@code CRM_ADMIN_PASSWORD}): the first administrator of
 * a database without users, outside demo mode. Ignored once users exist; a production start without them
 * on an empty database stops with the reason (nobody could sign in): the rules below are checked then,
 * not when binding, since they matter only for a database without users.
 *
 * @param username 2 to 64 letters, digits or . _ @ -
 * @param password at least 12 characters
 */
@ConfigurationProperties("crm.admin")
public record AdminProperties(String username, String password) {
}
