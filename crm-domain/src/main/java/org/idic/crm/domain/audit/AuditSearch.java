package org.idic.crm.domain.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.support.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: administrators everything; a manager the events on their team's customers and
 * their records, on their team and its people, and what their people did elsewhere. Newest first, with
 * keyset paging on (occurred_at, id), which one index per filter answers at any depth (docs/benchmarks.md).
 */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

    /** The most lines an export writes. */
    public static final int EXPORT_LIMIT = 100_000;

    // A manager's scope. A line about a customer's record (the customer, its contacts, orders, interactions,
    // complaints) belongs to the team that holds the customer now: the manager who takes a customer over
    // reads its history, the one who gave it away no longer does. Other lines (sign-ins, people, teams,
    // exports, and lines about a customer since deleted) belong to the team of the person who acted or
    // was acted on. The customer is looked up by primary key for each line read, which stays cheap
    // however many customers the team holds. Reads app_user and customer, published for reading.
    private static final String TEAM_SCOPE = """
            coalesce((select coalesce(cu.team_id, -1) = :team from customer cu where cu.id = a.customer_id),
                lower(a.actor) in (select lower(username) from app_user where team_id = :team)
                or (a.entity_type = 'user' and a.entity_id in (select id from app_user where team_id = :team))
                or (a.entity_type = 'team' and a.entity_id = :team))""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AuditSearch(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of at most {@code size} lines; {@code hasMore} when there are older ones. */
    public AuditPage search(Actor viewer, AuditQuery query, int size) {
        List<AuditEntry> rows = new ArrayList<>();
        run(viewer, query, size + 1, rows::add);
        boolean more = rows.size() > size;
        return new AuditPage(more ? rows.subList(0, size) : rows, more);
    }

    /** Every line the viewer may see that the filters select (at most {@value #EXPORT_LIMIT}). */
    public void export(Actor viewer, AuditQuery query, Consumer<AuditEntry> sink) {
        run(viewer, query, EXPORT_LIMIT, sink);
    }

    private void run(Actor viewer, AuditQuery q, int limit, Consumer<AuditEntry> sink) {
        if (!viewer.isAdmin() && !viewer.isManager()) {
            audit.recordNow(viewer.username(), AuditAction.ACCESS_DENIED, "audit", null, "read the audit trail");
            throw new NotPermittedException("only managers and administrators read the audit trail");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (viewer.isManager()) {
            where.add(TEAM_SCOPE);
            p.put("team", viewer.teamId());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            where.add("lower(a.actor) = lower(:actor)");
            p.put("actor", q.actor().strip());
        }
        if (q.action() != null) {
            where.add("a.action = :action");
            p.put("action", q.action().name());
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            where.add("a.entity_type = :type");
            p.put("type", q.entityType().strip());
        }
        if (q.entityId() != null) {
            where.add("a.entity_id = :id");
            p.put("id", q.entityId());
        }
        if (q.from() != null) {
            where.add("a.occurred_at >= :from");
            p.put("from", Timestamp.from(q.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (q.to() != null) {
            where.add("a.occurred_at < :to");
            p.put("to", Timestamp.from(q.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        if (q.beforeAt() != null && q.beforeId() != null) {
            where.add("(a.occurred_at, a.id) < (:beforeAt, :beforeId)");
            p.put("beforeAt", Timestamp.from(q.beforeAt()));
            p.put("beforeId", q.beforeId());
        }
        p.put("limit", limit);
        String sql = SqlText.fill("""
                select a.id, a.occurred_at, a.actor, u.display_name, a.action, a.entity_type, a.entity_id, a.details
                from (select * from audit_event a where {where}
                      order by a.occurred_at desc, a.id desc limit :limit) a
                left join app_user u on lower(u.username) = lower(a.actor)
                order by a.occurred_at desc, a.id desc""",
                Map.of("where", where.isEmpty() ? "true" : String.join(" and ", where)));
        jdbc.sql(sql).params(p).query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                (Long) rs.getObject(7), rs.getString(8))).stream().forEach(sink);
    }

    /** A page of lines, newest first. */
    public record AuditPage(List<AuditEntry> entries, boolean hasMore) {
    }
}
