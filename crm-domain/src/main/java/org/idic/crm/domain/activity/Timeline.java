package org.idic.crm.domain.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.VisibleCustomers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's interactions, orders and complaints as one history, newest first. */
@Service
@Transactional(readOnly = true)
public class Timeline {

    private final JdbcTemplate jdbc;
    private final VisibleCustomers visible;
    private final Clock clock;

    Timeline(JdbcTemplate jdbc, VisibleCustomers visible, Clock clock) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.clock = clock;
    }

    /** One page of a history: its events, newest first, and whether older ones follow. */
    public record Page(List<TimelineEntry> entries, boolean hasMore) {
    }

    /** The newest {@code limit} events (of each kind at most {@code limit}, merged). */
    public List<TimelineEntry> of(Actor actor, Long customerId, int limit) {
        return page(actor, customerId, null, 0, limit).entries();
    }

    /**
     * The events after the newest {@code offset}, {@code limit} of them, of one kind ({@code kind}) or of
     * every kind (null). Each kind's query reads at most {@code offset + limit + 1} rows, by its index.
     */
    public Page page(Actor actor, Long customerId, TimelineEntry.Kind kind, int offset, int limit) {
        visible.require(actor, customerId);
        int rows = offset + limit + 1;
        List<TimelineEntry> entries = new ArrayList<>();
        if (kind == null || kind == TimelineEntry.Kind.INTERACTION) {
            entries.addAll(jdbc.query("""
                    select i.id, i.occurred_at, i.channel, i.purpose, i.summary, u.display_name,
                           i.follow_up_on, i.follow_up_done
                    from interaction i join app_user u on u.id = i.user_id
                    where i.customer_id = ? order by i.occurred_at desc, i.id desc limit ?""",
                    (rs, n) -> new TimelineEntry(TimelineEntry.Kind.INTERACTION, rs.getLong(1),
                            rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), null,
                            rs.getString(6), rs.getObject(7) != null && !rs.getBoolean(8)),
                    customerId, rows));
        }
        if (kind == null || kind == TimelineEntry.Kind.ORDER) {
            entries.addAll(jdbc.query("""
                    select o.id, o.order_date, o.status, o.order_number, o.channel, o.amount
                    from customer_order o where o.customer_id = ? order by o.order_date desc, o.id desc limit ?""",
                    (rs, n) -> new TimelineEntry(TimelineEntry.Kind.ORDER, rs.getLong(1),
                            startOf(rs.getObject(2, LocalDate.class)), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBigDecimal(6), null, "PENDING".equals(rs.getString(3))),
                    customerId, rows));
        }
        if (kind == null || kind == TimelineEntry.Kind.COMPLAINT) {
            entries.addAll(jdbc.query("""
                    select k.id, k.received_at, k.status, k.category, k.description, u.display_name, k.severity
                    from complaint k join app_user u on u.id = k.handler_id
                    where k.customer_id = ? order by k.received_at desc, k.id desc limit ?""",
                    (rs, n) -> new TimelineEntry(TimelineEntry.Kind.COMPLAINT, rs.getLong(1),
                            rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), null,
                            rs.getString(6), !"CLOSED".equals(rs.getString(3))),
                    customerId, rows));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed()
                .thenComparing(Comparator.comparing(TimelineEntry::id).reversed()));
        int from = Math.min(offset, entries.size());
        int to = Math.min(offset + limit, entries.size());
        return new Page(List.copyOf(entries.subList(from, to)), entries.size() > offset + limit);
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(clock.getZone()).toInstant();
    }
}
