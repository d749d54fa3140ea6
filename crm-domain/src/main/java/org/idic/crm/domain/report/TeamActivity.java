package org.idic.crm.domain.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.report.internal.Audience;
import org.idic.crm.domain.report.internal.Cells;
import org.idic.crm.domain.segmentation.Snapshot;
import org.idic.crm.domain.support.SqlText;
import org.idic.crm.domain.segmentation.Snapshots;
import org.idic.crm.domain.user.UserAccounts;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the team works its customers, per person and per week or month: interactions by channel,
 * follow-ups due and done on time, complaints open, overdue and resolved with the customers'
 * satisfaction, and the customers and value each person holds per tier (from the current snapshot).
 */
@Service
@Transactional(readOnly = true)
public class TeamActivity {

    /** The length of a period. */
    public enum Period {
        WEEK, MONTH
    }

    /** One person's figures for one period. */
    public record PeriodFigures(LocalDate start, Map<String, Long> interactionsByChannel, long followUpsDue,
            long followUpsOnTime, long complaintsResolved, long rated, Double satisfaction) {

        public long interactions() {
            return interactionsByChannel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One person's figures: per period, and as they stand now. */
    public record Member(Long userId, String name, List<PeriodFigures> periods, long complaintsOpen,
            long complaintsOverdue, Map<String, Long> customersByTier, Map<String, Double> clvByTier) {

        public long interactions() {
            return periods.stream().mapToLong(PeriodFigures::interactions).sum();
        }

        public long interactions(String channel) {
            return periods.stream().mapToLong(p -> p.interactionsByChannel().getOrDefault(channel, 0L)).sum();
        }

        public long followUpsDue() {
            return periods.stream().mapToLong(PeriodFigures::followUpsDue).sum();
        }

        public long followUpsOnTime() {
            return periods.stream().mapToLong(PeriodFigures::followUpsOnTime).sum();
        }

        public long complaintsResolved() {
            return periods.stream().mapToLong(PeriodFigures::complaintsResolved).sum();
        }

        /** The average satisfaction over every rated complaint closed in the periods (null when none was rated). */
        public Double satisfaction() {
            long rated = periods.stream().mapToLong(PeriodFigures::rated).sum();
            return rated == 0 ? null : periods.stream().filter(p -> p.rated() > 0)
                    .mapToDouble(p -> p.satisfaction() * p.rated()).sum() / rated;
        }

        public long customers(String tier) {
            return customersByTier.getOrDefault(tier, 0L);
        }

        public double clv(String tier) {
            return clvByTier.getOrDefault(tier, 0.0);
        }
    }

    private final NamedParameterJdbcTemplate named;
    private final Snapshots snapshots;
    private final UserAccounts users;
    private final Clock clock;
    private final Cells cells;

    TeamActivity(NamedParameterJdbcTemplate named, Snapshots snapshots, UserAccounts users, Clock clock,
            Cells cells) {
        this.named = named;
        this.snapshots = snapshots;
        this.users = users;
        this.clock = clock;
        this.cells = cells;
    }

    public List<Member> of(Actor actor, ReportFilter filter, Period period, int periods) {
        Audience audience = Audience.of(actor, filter, users);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = period == Period.WEEK
                ? today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(periods - 1L)
                : today.withDayOfMonth(1).minusMonths(periods - 1L);
        Map<String, Object> p = new HashMap<>();
        p.put("unit", period == Period.WEEK ? "week" : "month");
        p.put("zone", zone.getId());
        p.put("from", Timestamp.from(start.atStartOfDay(zone).toInstant()));
        p.put("fromDay", start);
        p.put("until", Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant()));
        p.put("today", today);
        p.put("now", Timestamp.from(clock.instant()));
        String users = audience.sql("u.id", p);
        String customers = Cells.kind("(c.kind = 'ORGANISATION')", filter, p) + Cells.tag(filter, p);
        // the customer is joined only when a filter needs it
        Map<String, String> complaintPieces = Map.of("customer", customers.isEmpty() ? ""
                : " join customer c on c.id = k.customer_id", "filters", customers);
        Map<Long, Builder> members = new LinkedHashMap<>();
        named.query("select u.id, u.display_name from app_user u where u.role in ('REP', 'MANAGER') and " + users
                + " order by u.display_name", p, rs -> {
                    members.put(rs.getLong(1), new Builder(rs.getLong(1), rs.getString(2), start, period, periods));
                });
        if (members.isEmpty()) {
            return List.of();
        }
        p.put("members", new ArrayList<>(members.keySet()));
        if (customers.isEmpty()) {
            // the counts kept per person and day (see ActivityCounts): a few rows a day instead of every interaction
            named.query("""
                    select user_id, date_trunc(:unit, day)::date, channel, sum(interactions)
                    from interaction_day
                    where day >= :fromDay and day <= :today and user_id in (:members) group by 1, 2, 3""", p,
                    (RowCallbackHandler) rs -> interactions(members, rs));
            named.query("""
                    select user_id, date_trunc(:unit, day)::date, sum(due), sum(on_time)
                    from follow_up_day
                    where day >= :fromDay and day <= :today and user_id in (:members) group by 1, 2""", p,
                    (RowCallbackHandler) rs -> followUps(members, rs));
        } else {
            // the same counts per customer type and tag (tag '' for every customer of a type), kept by the same kind
            // of triggers (V25_1): a tagged team report read a million interactions one by one before
            p.put("facet", filter.tag() == null ? "" : filter.tag());
            String kind = filter.organisation() == null ? "" : " and organisation = :organisation";
            p.put("organisation", filter.organisation());
            named.query("""
                    select user_id, date_trunc(:unit, day)::date, channel, sum(interactions)
                    from interaction_facet_day
                    where tag = :facet and user_id in (:members) and day >= :fromDay and day <= :today""" + kind
                    + " group by 1, 2, 3", p, (RowCallbackHandler) rs -> interactions(members, rs));
            named.query("""
                    select user_id, date_trunc(:unit, day)::date, sum(due), sum(on_time)
                    from follow_up_facet_day
                    where tag = :facet and user_id in (:members) and day >= :fromDay and day <= :today""" + kind
                    + " group by 1, 2", p, (RowCallbackHandler) rs -> followUps(members, rs));
        }
        if (customers.isEmpty()) {
            complaintsFromRows(members, p, complaintPieces);
        } else {
            complaintsFromCounts(members, p, complaintPieces);
        }
        tiers(members, audience, filter);
        return members.values().stream().map(Builder::build).toList();
    }

    /** The complaints closed in the periods and those open, from the rows (the fastest way without a filter). */
    private void complaintsFromRows(Map<Long, Builder> members, Map<String, Object> p, Map<String, String> pieces) {
        named.query(SqlText.fill("""
                select k.handler_id, date_trunc(:unit, k.closed_at at time zone :zone)::date, count(*),
                       count(k.satisfaction), avg(k.satisfaction)
                from complaint k{customer}
                where k.closed_at >= :from and k.handler_id in (:members) {filters} group by 1, 2""", pieces), p,
                (RowCallbackHandler) rs -> closed(members, rs));
        named.query(SqlText.fill("""
                select k.handler_id, count(*), count(*) filter (where k.due_at < :now)
                from complaint k{customer}
                where k.status <> 'CLOSED' and k.handler_id in (:members) {filters} group by 1""", pieces), p,
                (RowCallbackHandler) rs -> {
                    Builder b = members.get(rs.getLong(1));
                    b.open = rs.getLong(2);
                    b.overdue = rs.getLong(3);
                });
    }

    /**
     * The same figures from the counts per handler, customer type and tag (V29_1): a tagged team report joined every
     * complaint of the tagged customers before. The average is the kept sum over the kept count, divided as avg()
     * divides. Overdue is due_at before now: the open counts are kept per UTC day of due_at, so the days before
     * now's UTC day are summed and the complaints due on that day, before now, are counted from the rows (a few).
     */
    private void complaintsFromCounts(Map<Long, Builder> members, Map<String, Object> p, Map<String, String> pieces) {
        String kind = p.get("organisation") == null ? "" : " and organisation = :organisation";
        named.query("""
                select handler_id, date_trunc(:unit, day)::date, sum(closed), sum(rated),
                       sum(satisfaction_sum)::numeric / nullif(sum(rated), 0)::numeric
                from complaint_closed_facet_day
                where tag = :facet and handler_id in (:members) and day >= :fromDay""" + kind + " group by 1, 2", p,
                (RowCallbackHandler) rs -> closed(members, rs));
        Instant now = ((Timestamp) p.get("now")).toInstant();
        LocalDate utcDay = LocalDate.ofInstant(now, ZoneOffset.UTC);
        p.put("nowUtcDay", utcDay);
        p.put("nowUtcDayStart", Timestamp.from(utcDay.atStartOfDay(ZoneOffset.UTC).toInstant()));
        named.query("""
                select handler_id, sum(open), coalesce(sum(open) filter (where due_day < :nowUtcDay), 0)
                from complaint_open_facet
                where tag = :facet and handler_id in (:members)""" + kind + " group by 1", p,
                (RowCallbackHandler) rs -> {
                    Builder b = members.get(rs.getLong(1));
                    b.open = rs.getLong(2);
                    b.overdue = rs.getLong(3);
                });
        named.query(SqlText.fill("""
                select k.handler_id, count(*)
                from complaint k{customer}
                where k.status <> 'CLOSED' and k.handler_id in (:members) and k.due_at >= :nowUtcDayStart
                      and k.due_at < :now {filters} group by 1""", pieces), p,
                (RowCallbackHandler) rs -> members.get(rs.getLong(1)).overdue += rs.getLong(2));
    }

    private static void closed(Map<Long, Builder> members, java.sql.ResultSet rs) throws java.sql.SQLException {
        long n = rs.getLong(3);
        if (n != 0) {
            Builder.Slot cell = members.get(rs.getLong(1)).at(rs.getObject(2, LocalDate.class));
            cell.resolved += n;
            cell.rated = rs.getLong(4);
            cell.satisfaction = cell.rated == 0 ? null : rs.getDouble(5);
        }
    }

    private static void interactions(Map<Long, Builder> members, java.sql.ResultSet rs) throws java.sql.SQLException {
        long n = rs.getLong(4);
        if (n != 0) {
            members.get(rs.getLong(1)).at(rs.getObject(2, LocalDate.class)).interactions.merge(rs.getString(3), n,
                    Long::sum);
        }
    }

    private static void followUps(Map<Long, Builder> members, java.sql.ResultSet rs) throws java.sql.SQLException {
        Builder.Slot cell = members.get(rs.getLong(1)).at(rs.getObject(2, LocalDate.class));
        cell.due += rs.getLong(3);
        cell.onTime += rs.getLong(4);
    }

    private void tiers(Map<Long, Builder> members, Audience audience, ReportFilter filter) {
        Snapshot run = snapshots.current().orElse(null);
        if (run == null) {
            return;
        }
        cells.byOwner(run, List.of(Dimension.TIER), audience, filter).forEach((owner, tiers) -> {
            Builder b = members.get(owner);
            if (b != null) {
                tiers.forEach(c -> {
                    b.customers.put(c.value(), c.customers());
                    b.clv.put(c.value(), c.clv());
                });
            }
        });
    }

    /** Collects one member's figures. */
    private static final class Builder {
        private final Long id;
        private final String name;
        private final Map<LocalDate, Slot> slots = new LinkedHashMap<>();
        private final Map<String, Long> customers = new LinkedHashMap<>();
        private final Map<String, Double> clv = new LinkedHashMap<>();
        private long open;
        private long overdue;

        private static final class Slot {
            private final Map<String, Long> interactions = new LinkedHashMap<>();
            private long due;
            private long onTime;
            private long resolved;
            private long rated;
            private Double satisfaction;
        }

        Builder(Long id, String name, LocalDate start, Period period, int periods) {
            this.id = id;
            this.name = name;
            for (int i = 0; i < periods; i++) {
                slots.put(period == Period.WEEK ? start.plusWeeks(i) : start.plusMonths(i), new Slot());
            }
        }

        Slot at(LocalDate periodStart) {
            return slots.computeIfAbsent(periodStart, d -> new Slot());
        }

        Member build() {
            List<PeriodFigures> figures = new ArrayList<>();
            slots.forEach((day, c) -> figures.add(new PeriodFigures(day, c.interactions, c.due, c.onTime, c.resolved,
                    c.rated, c.satisfaction)));
            return new Member(id, name, figures, open, overdue, customers, clv);
        }
    }
}
