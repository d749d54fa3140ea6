package org.idic.crm.domain.user;

import org.idic.crm.domain.access.Role;

/**
 * A user as an administrator fills them in. {@code username} is only read when creating;
 * {@code oneTimePassword} too, and a blank one asks for a generated password.
 */
public record UserForm(String username, String displayName, String email, Role role, Long teamId, String locale,
        String oneTimePassword) {
}
