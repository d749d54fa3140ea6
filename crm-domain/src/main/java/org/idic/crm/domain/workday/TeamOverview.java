package org.idic.crm.domain.workday;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How a manager's team (or, for an administrator, everyone) stands today, per owner. */
@Service
@Transactional(readOnly = true)
public class TeamOverview {

    private final JdbcClient jdbc;
    private final Clock clock;

    TeamOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One owner's figures. */
    public record Member(Long userId, String name, String role, String team, long customers, long overdueFollowUps,
            long openComplaints, long overdueComplaints) {
    }

    /**
     * Each person's customers and their customers' overdue follow-ups come from counts kept by database
     * triggers (V30_1, {@code owner_customers} and {@code owner_follow_up_due}): counting them row by row
     * took 0.7 s for an administrator at a million customers.
     */
    public List<Member> members(Actor actor) {
        if (!actor.isManager() && !actor.isAdmin()) {
            throw new IllegalStateException("only managers and administrators see team figures");
        }
        return jdbc.sql("""
                select u.id, u.display_name, u.role, t.name,
                  coalesce((select o.customers from owner_customers o where o.owner_id = u.id), 0),
                  coalesce((select sum(f.open) from owner_follow_up_due f
                     where f.owner_id = u.id and f.due_on < :today), 0),
                  (select count(*) from complaint k where k.handler_id = u.id and k.status <> 'CLOSED'),
                  (select count(*) from complaint k where k.handler_id = u.id and k.status <> 'CLOSED'
                     and k.due_at < :now)
                from app_user u join team t on t.id = u.team_id
                where u.enabled and (:everyTeam or u.team_id = :team)
                order by t.name, u.role, u.display_name""")
                .param("today", LocalDate.now(clock))
                .param("now", Timestamp.from(clock.instant()))
                .param("everyTeam", actor.isAdmin())
                .param("team", actor.teamId())
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }
}
