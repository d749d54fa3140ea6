package org.idic.crm.domain.access;

import org.idic.crm.domain.user.Role;
import org.idic.crm.domain.user.UserView;

/**
 * Who is asking: every use case takes one, and every query it runs is narrowed to what this actor
 * may see (see {@link AccessScope}).
 */
public record Actor(Long userId, String username, Role role, Long teamId) {

    public static Actor of(UserView user) {
        return new Actor(user.id(), user.username(), user.role(), user.teamId());
    }

    public AccessScope scope() {
        return AccessScope.of(this);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isManager() {
        return role == Role.MANAGER;
    }
}
