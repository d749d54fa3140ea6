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
        if (filter.tag() != null && !Corrections.recordsTags(jdbc, to.id())) {
            // a later run made before scores kept their tags: its tagged customers of today one by one
            sql = """
                    select coalesce(a.tier, 'NEW'), b.tier, count(*), sum(b.revenue_window)
                    from run_scores b join customer c on c.id = b.customer_id
                    left join run_scores a on a.customer_id = b.customer_id and a.run_id = :from
                    where b.run_id = :to and %s%s%s group by 1, 2""".formatted(audience.sql("c.owner_id", p),
                    Cells.kind("(c.kind = 'ORGANISATION')", filter, p), tag(filter, p));
        } else {
            // the pair's sums (per tag with a tag filter), corrected for the customers changed since the later run
            cubes.ensure(from.id(), to.id());
            boolean byTag = filter.tag() != null;
            if (byTag) {
                p.put("tag", filter.tag());
            }
            sql = Corrections.changedSince("to") + """
                    select from_tier, to_tier, sum(customers), sum(revenue) from (
                        select owner_id, organisation, from_tier, to_tier, customers, revenue
                        from %s where run_id = :to and from_run_id = :from%s
                        union all
                        select x.owner, m.organisation, coalesce(a.tier, 'NEW'), m.tier, x.sign,
                               x.sign * m.revenue_window
                        from changed ch
                        join run_scores m on m.run_id = :to and m.customer_id = ch.customer_id
                        left join customer c on c.id = ch.customer_id
                        left join run_scores a on a.run_id = :from and a.customer_id = ch.customer_id
                        %s
                    ) t where %s%s group by 1, 2""".formatted(byTag ? "migration_tag_cell" : "migration_cell",
                    byTag ? " and tag = :tag" : "", Corrections.moves(byTag), audience.sql("owner_id", p),
                    Cells.kind("organisation", filter, p));
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

    static String tag(ReportFilter filter, Map<String, Object> p) {
        if (filter.tag() == null) {
            return "";
        }
        p.put("tag", filter.tag());
        return " and c.tags @> array[cast(:tag as text)]";
    }
}
