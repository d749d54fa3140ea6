package org.idic.crm.domain.user;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.user.internal.AppUser;
import org.idic.crm.domain.user.internal.Team;

/**
 * What the rest of the application needs to know about a user, detached from JPA. Serializable: the
 * signed-in user lives in the session, which is stored in the database and read by every instance.
 */
public record UserView(Long id, String username, String displayName, Role role, Long teamId, String teamName,
        boolean enabled, String locale, String email, boolean mustChangePassword) implements java.io.Serializable {

    /** This user as the one asking, for the use cases. */
    public Actor actor() {
        return new Actor(id, username, role, teamId);
    }

    static UserView of(AppUser user) {
        Team team = user.getTeam();
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                team == null ? null : team.getId(), team == null ? null : team.getName(), user.isEnabled(),
                user.getLocale(), user.getEmail(), user.mustChangePassword());
    }
}
