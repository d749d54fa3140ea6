package org.idic.crm.domain.report;

import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whose customers a report counts: an administrator's all (or a chosen team's or rep's), a manager's
 * their team's (or one of its reps'), a rep's their own, whatever the filter asks. Resolved from the
 * users' current teams, so a report never adds up another team's figures.
 *
 * @param all    no owner restriction (administrator without team or rep filter)
 * @param owners otherwise, the owners counted (possibly none)
 */
record Audience(boolean all, List<Long> owners) {

    static Audience of(Actor actor, ReportFilter filter, JdbcTemplate jdbc) {
        List<Long> team = switch (actor.role()) {
            case REP -> List.of(actor.userId());
            case MANAGER -> members(jdbc, actor.teamId());
            case ADMIN -> filter.teamId() == null ? null : members(jdbc, filter.teamId());
        };
        if (filter.ownerId() != null) {
            boolean allowed = team == null ? exists(jdbc, filter.ownerId()) : team.contains(filter.ownerId());
            return new Audience(false, allowed ? List.of(filter.ownerId()) : List.of());
        }
        return team == null ? new Audience(true, List.of()) : new Audience(false, team);
    }

    /** The SQL condition on an owner column, with its parameters added to {@code params}. */
    String sql(String ownerColumn, Map<String, Object> params) {
        if (all) {
            return "true";
        }
        if (owners.isEmpty()) {
            return "false";
        }
        params.put("owners", owners);
        return ownerColumn + " in (:owners)";
    }

    private static List<Long> members(JdbcTemplate jdbc, Long teamId) {
        return jdbc.queryForList("select id from app_user where team_id = ? and role in (?, ?)", Long.class, teamId,
                Role.REP.name(), Role.MANAGER.name());
    }

    private static boolean exists(JdbcTemplate jdbc, Long userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from app_user where id = ?)",
                Boolean.class, userId));
    }
}
