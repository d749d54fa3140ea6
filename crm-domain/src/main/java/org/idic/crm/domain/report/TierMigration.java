package org.idic.crm.domain.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.segmentation.MigrationCubes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How customers moved between tiers from one run to another (any two runs, whose scores or history remain). */
@Service
@Transactional(readOnly = true)
public class TierMigration {

    /** Tiers from best to worst; "NEW" are customers the earlier run did not score. */
    public static final List<String> TIERS = List.of("MVC", "MGC", "MAINTAIN", "BZ", "PROSPECT");
    public static final List<String> FROM = List.of("MVC", "MGC", "MAINTAIN", "BZ", "PROSPECT", "NEW");

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;
    private final MigrationCubes cubes;

    TierMigration(NamedParameterJdbcTemplate named, JdbcTemplate jdbc, MigrationCubes cubes) {
        this.named = named;
        this.jdbc = jdbc;
        this.cubes = cubes;
    }

    /** A run to compare. */
    public record RunOption(Long id, LocalDate asOf) {
    }

    /** Customers and their revenue (in the later run's window) moving from one tier to another. */
    public record Flow(long customers, double revenue) {
    }

    /** The from → to matrix and what it means. */
    public record Result(RunOption from, RunOption to, Map<String, Map<String, Flow>> matrix, long upgraded,
            long downgraded, long becameBz, long customers) {

        public Flow flow(String fromTier, String toTier) {
            return matrix.getOrDefault(fromTier, Map.of()).getOrDefault(toTier, new Flow(0, 0));
        }

        /** The customers that were in {@code fromTier} (or new) and are scored in the later run. */
        public long fromTotal(String fromTier) {
            return matrix.getOrDefault(fromTier, Map.of()).values().stream().mapToLong(Flow::customers).sum();
        }
    }

    /** The successful runs, newest first, that can be compared. */
    public List<RunOption> runs() {
        return jdbc.query("select id, as_of from segmentation_run where status = 'SUCCEEDED' order by id desc",
                (rs, n) -> new RunOption(rs.getLong(1), rs.getObject(2, LocalDate.class)));
    }

    /**
     * The matrix for the actor's audience. Without a tag filter it adds up the sums precomputed for the
     * pair ({@link MigrationCubes}; computed now if nobody asked for this pair before), corrected for the
     * customers given to another owner or deleted since the later run: they leave the sums of the owner
     * they were scored under and join those of their owner now, so that every figure counts a customer with
     * the rep who owns it today, as the customer list does. With a tag filter it adds up the same sums kept
     * per tag, corrected also for the customers whose tags changed; for a later run made before scores kept
     * their tags, the customers carrying the tag today are compared one by one.
     */
    public Result between(Actor actor, ReportFilter filter, RunOption from, RunOption to) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", from.id());
        p.put("to", to.id());
        Audience audience = Audience.of(actor, filter, jdbc);
        String sql;
        if (filter.tag() == null) {
            cubes.ensure(from.id(), to.id());
            // the customers whose owner changed since the later run first (materialised): their scores are
            // looked up one by one, never joined wholesale (that took seconds at a million customers)
            sql = """
                    with changed as materialized (
                        select distinct customer_id from customer_owner_change
                        where changed_at >= (select owner_changes_since from segmentation_run where id = :to))
                    select from_tier, to_tier, sum(customers), sum(revenue) from (
                        select owner_id, organisation, from_tier, to_tier, customers, revenue
                        from migration_cell where run_id = :to and from_run_id = :from
                        union all
                        select x.owner, s.organisation, s.from_tier, s.tier, x.sign, x.sign * s.revenue_window
                        from (select m.owner_id, m.organisation, c.owner_id as owner_now, m.tier,
                                     coalesce(a.tier, 'NEW') as from_tier, m.revenue_window
                              from changed ch
                              join run_scores m on m.run_id = :to and m.customer_id = ch.customer_id
                              left join customer c on c.id = ch.customer_id
                              left join run_scores a on a.run_id = :from and a.customer_id = ch.customer_id
                              where m.owner_id is not null and m.owner_id is distinct from c.owner_id) s
                        cross join lateral (values (-1, s.owner_id), (1, s.owner_now)) x(sign, owner)
                        where x.owner is not null
                    ) t where %s%s group by 1, 2""".formatted(audience.sql("owner_id", p),
                    Cells.kind("organisation", filter, p));
        } else if (recordsTags(to.id())) {
            // the sums per tag, corrected for the customers whose owner or tags changed since the later run
            cubes.ensure(from.id(), to.id());
            p.put("tag", filter.tag());
            sql = """
                    with changed as materialized (
                        select distinct customer_id from customer_owner_change
                        where changed_at >= (select owner_changes_since from segmentation_run where id = :to))
                    select from_tier, to_tier, sum(customers), sum(revenue) from (
                        select owner_id, organisation, from_tier, to_tier, customers, revenue
                        from migration_tag_cell where run_id = :to and from_run_id = :from and tag = :tag
                        union all
                        select x.owner, s.organisation, s.from_tier, s.tier, x.sign, x.sign * s.revenue_window
                        from (select m.owner_id, m.organisation, m.tags, c.owner_id as owner_now, c.tags as tags_now,
                                     m.tier, coalesce(a.tier, 'NEW') as from_tier, m.revenue_window
                              from changed ch
                              join run_scores m on m.run_id = :to and m.customer_id = ch.customer_id
                              left join customer c on c.id = ch.customer_id
                              left join run_scores a on a.run_id = :from and a.customer_id = ch.customer_id
                              where m.owner_id is not null
                                and (m.owner_id is distinct from c.owner_id or m.tags is distinct from c.tags)) s
                        cross join lateral (values (-1, s.owner_id, s.tags), (1, s.owner_now, s.tags_now))
                            x(sign, owner, tags)
                        where x.owner is not null and x.tags @> array[cast(:tag as text)]
                    ) t where %s%s group by 1, 2""".formatted(audience.sql("owner_id", p),
                    Cells.kind("organisation", filter, p));
        } else {
            // a later run made before scores kept their tags: its tagged customers of today one by one
            sql = """
                    select coalesce(a.tier, 'NEW'), b.tier, count(*), sum(b.revenue_window)
                    from run_scores b join customer c on c.id = b.customer_id
                    left join run_scores a on a.customer_id = b.customer_id and a.run_id = :from
                    where b.run_id = :to and %s%s%s group by 1, 2""".formatted(audience.sql("c.owner_id", p),
                    Cells.kind("(c.kind = 'ORGANISATION')", filter, p), tag(filter, p));
        }
        Map<String, Map<String, Flow>> matrix = new LinkedHashMap<>();
        long[] counts = new long[4];
        named.query(sql, p, rs -> {
            String fromTier = rs.getString(1);
            String toTier = rs.getString(2);
            long n = rs.getLong(3);
            if (n == 0) {
                return;
            }
            matrix.computeIfAbsent(fromTier, k -> new LinkedHashMap<>()).put(toTier, new Flow(n, rs.getDouble(4)));
            counts[3] += n;
            if (!fromTier.equals("NEW")) {
                int change = Integer.compare(TIERS.indexOf(fromTier), TIERS.indexOf(toTier));
                counts[0] += change > 0 && !fromTier.equals("PROSPECT") ? n : 0;
                counts[1] += change < 0 && !toTier.equals("PROSPECT") ? n : 0;
                counts[2] += toTier.equals("BZ") && !fromTier.equals("BZ") ? n : 0;
            }
        });
        return new Result(from, to, matrix, counts[0], counts[1], counts[2], counts[3]);
    }

    /** Whether the run's scores (or their history) remember the customers' tags. */
    private boolean recordsTags(Long runId) {
        return Boolean.TRUE.equals(jdbc.query("select tags is not null from run_scores where run_id = ? limit 1",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.TRUE, runId));
    }

    static String tag(ReportFilter filter, Map<String, Object> p) {
        if (filter.tag() == null) {
            return "";
        }
        p.put("tag", filter.tag());
        return " and c.tags @> array[cast(:tag as text)]";
    }
}
