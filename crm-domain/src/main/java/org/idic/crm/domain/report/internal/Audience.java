package org.idic.crm.domain.report.internal;

import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.report.ReportFilter;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;

/**
 * Whose customers a report counts: an administrator's all (or a chosen team's or rep's), a manager's
 * their team's (or one of its reps'), a rep's their own, whatever the filter asks. Resolved from the
 * users' current teams, so a report never adds up another team's figures.
 *
 * @param all    no owner restriction (administrator without team or rep filter)
 * @param owners otherwise, the owners counted (possibly none)
 */
public record Audience(boolean all, List<Long> owners) {

    public static Audience of(Actor actor, ReportFilter filter, UserAccounts users) {
        List<Long> team = switch (actor.role()) {
            case REP -> List.of(actor.userId());
            case MANAGER -> members(users, actor.teamId());
            case ADMIN -> filter.teamId() == null ? null : members(users, filter.teamId());
        };
        if (filter.ownerId() != null) {
            boolean allowed = team == null ? users.find(filter.ownerId()).isPresent() : team.contains(filter.ownerId());
            return new Audience(false, allowed ? List.of(filter.ownerId()) : List.of());
        }
        return team == null ? new Audience(true, List.of()) : new Audience(false, team);
    }

    /** The SQL condition on an owner column, with its parameters added to {@code params}. */
    public String sql(String ownerColumn, Map<String, Object> params) {
        if (all) {
            return "true";
        }
        if (owners.isEmpty()) {
            return "false";
        }
        params.put("owners", owners);
        return ownerColumn + " in (:owners)";
    }

    /** The reps and the manager of a team, whoever of them owns customers (enabled or not). */
    private static List<Long> members(UserAccounts users, Long teamId) {
        return users.team(teamId).stream().filter(u -> u.role() == Role.REP || u.role() == Role.MANAGER)
                .map(UserView::id).toList();
    }
}
