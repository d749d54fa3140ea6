package org.idic.crm.domain.workday;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.AccessScope;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.support.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep's day: the follow-ups due today or overdue on their customers, the open complaints they
 * handle by due date, and the customers they worked on last.
 */
@Service
@Transactional(readOnly = true)
public class MyDay {

    static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    MyDay(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A follow-up to do. */
    public record FollowUp(Long interactionId, Long customerId, String customerName, LocalDate dueOn,
            boolean overdue, String channel, String summary) {
    }

    /** An open complaint to move on. */
    public record OpenComplaint(Long id, Long customerId, String customerName, String status, String severity,
            Instant dueAt, boolean overdue) {
    }

    /** A customer worked on recently. */
    public record RecentCustomer(Long id, String number, String name, Instant lastActivityAt) {
    }

    public List<FollowUp> followUps(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select i.id, c.id, c.name, i.follow_up_on, i.channel, i.summary
                from interaction i join customer c on c.id = i.customer_id
                where i.follow_up_on <= :today and not i.follow_up_done and c.owner_id = :owner
                order by i.follow_up_on, i.id limit :limit""")
                .param("today", today).param("owner", actor.userId()).param("limit", LIMIT)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject(4, LocalDate.class);
                    return new FollowUp(rs.getLong(1), rs.getLong(2), rs.getString(3), due, due.isBefore(today),
                            rs.getString(5), rs.getString(6));
                }).list();
    }

    /**
     * The open complaints the actor handles, on customers the actor may still see (a complaint whose
     * customer went to another team leaves this list even if its handler was not changed).
     */
    public List<OpenComplaint> openComplaints(Actor actor) {
        Instant now = clock.instant();
        AccessScope scope = actor.scope();
        Map<String, Object> parameters = new HashMap<>();
        scope.bind(parameters);
        parameters.put("handler", actor.userId());
        parameters.put("limit", LIMIT);
        return jdbc.sql(SqlText.fill("""
                select k.id, c.id, c.name, k.status, k.severity, k.due_at
                from complaint k join customer c on c.id = k.customer_id
                where k.handler_id = :handler and k.status <> 'CLOSED' and {scope}
                order by k.due_at, k.id limit :limit""", Map.of("scope", scope.sql("c"))))
                .params(parameters)
                .query((rs, n) -> {
                    Instant due = rs.getTimestamp(6).toInstant();
                    return new OpenComplaint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), due, now.isAfter(due));
                }).list();
    }

    public List<RecentCustomer> recentCustomers(Actor actor) {
        return jdbc.sql("""
                select c.id, c.customer_number, c.name, c.last_activity_at from customer c
                where c.owner_id = :owner order by c.last_activity_at desc limit 10""")
                .param("owner", actor.userId())
                .query((rs, n) -> new RecentCustomer(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }
}
