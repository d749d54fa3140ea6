package org.idic.crm.domain.access;

/**
 * Who is asking: every use case takes one, and every query it runs is narrowed to what this actor
 * may see (see {@link AccessScope}).
 */
public record Actor(Long userId, String username, Role role, Long teamId) {

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
