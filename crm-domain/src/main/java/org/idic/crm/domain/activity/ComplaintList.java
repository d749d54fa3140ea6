package org.idic.crm.domain.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.support.SqlText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints list: a rep's complaints (on their customers), a manager's team's, an administrator's
 * all. The actor's scope is part of the query's own where clause, so no filter can widen it. Open
 * complaints are served by the partial index on (handler, due date).
 */
@Service
@Transactional(readOnly = true)
public class ComplaintList {

    /** Rows an export fetches from its cursor at a time. */
    static final int EXPORT_FETCH_SIZE = 2000;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate cursor;
    private final Clock clock;

    ComplaintList(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // PostgreSQL streams with a fetch size only inside a transaction: this class is @Transactional
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        fetching.setFetchSize(EXPORT_FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(fetching);
    }

    public ComplaintPage search(Actor actor, ComplaintQuery query) {
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, query, now, params);
        Long total = jdbc.queryForObject(SqlText.fill("""
                select count(*) from complaint k join customer c on c.id = k.customer_id where {where}""",
                Map.of("where", where)), params, Long.class);
        long count = total == null ? 0 : total;
        int lastPage = (int) Math.max(0, (count - 1) / query.size());
        ComplaintQuery bounded = query.page() > lastPage ? query.withPage(lastPage) : query;
        params.put("limit", bounded.size());
        params.put("offset", (long) bounded.page() * bounded.size());
        List<ComplaintRow> rows = jdbc.query(select(where, bounded) + " limit :limit offset :offset", params,
                (rs, n) -> row(rs, now));
        return new ComplaintPage(rows, bounded, count);
    }

    /**
     * Every complaint the query matches, in its order, without paging, handed to {@code rows} one by one
     * from a server-side cursor (nothing is collected).
     *
     * @return how many rows were handed over
     */
    public long export(Actor actor, ComplaintQuery query, Consumer<ComplaintRow> rows) {
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        String where = where(actor, query, now, params);
        long[] count = {0};
        cursor.query(select(where, query), params, (RowCallbackHandler) rs -> {
            rows.accept(row(rs, now));
            count[0]++;
        });
        return count[0];
    }

    private static String select(String where, ComplaintQuery query) {
        return SqlText.fill("""
                select k.id, k.customer_id, c.customer_number, c.name, k.status, k.severity, k.category,
                       k.received_at, k.due_at, k.handler_id, u.display_name
                from complaint k join customer c on c.id = k.customer_id join app_user u on u.id = k.handler_id
                where {where}
                order by k.due_at {direction}, k.id {direction}""",
                Map.of("where", where, "direction", query.dueLast() ? "desc" : "asc"));
    }

    private static String where(Actor actor, ComplaintQuery q, Instant now, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(actor.scope().sql("c"));
        actor.scope().bind(params);
        if (q.status() != null) {
            where.append(" and k.status = :status");
            params.put("status", q.status().name());
        } else if (q.openOnly()) {
            where.append(" and k.status <> 'CLOSED'");
        }
        if (q.severity() != null) {
            where.append(" and k.severity = :severity");
            params.put("severity", q.severity().name());
        }
        if (q.handlerId() != null) {
            where.append(" and k.handler_id = :handler");
            params.put("handler", q.handlerId());
        }
        if (q.overdueOnly()) {
            // as Complaint.isOverdue: not closed and past its due time
            where.append(" and k.status <> 'CLOSED' and k.due_at < :now");
            params.put("now", java.sql.Timestamp.from(now));
        }
        if (q.customer() != null) {
            String lower = q.customer().toLowerCase(Locale.ROOT);
            params.put("namePrefix", escapeLike(lower) + "%");
            params.put("numberPrefix", escapeLike(q.customer().toUpperCase(Locale.ROOT)) + "%");
            where.append(" and (lower(c.name) like :namePrefix or c.customer_number like :numberPrefix");
            if (lower.codePointCount(0, lower.length()) >= 3) {
                params.put("namePart", "%" + escapeLike(lower) + "%");
                where.append(" or lower(c.name) like :namePart");
            }
            where.append(')');
        }
        return where.toString();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ComplaintRow row(ResultSet rs, Instant now) throws SQLException {
        ComplaintStatus status = ComplaintStatus.valueOf(rs.getString("status"));
        Instant due = rs.getTimestamp("due_at").toInstant();
        return new ComplaintRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_number"),
                rs.getString("name"), status, Severity.valueOf(rs.getString("severity")),
                ComplaintCategory.valueOf(rs.getString("category")), rs.getTimestamp("received_at").toInstant(), due,
                status != ComplaintStatus.CLOSED && now.isAfter(due), rs.getLong("handler_id"),
                rs.getString("display_name"));
    }
}
