package org.idic.crm.domain.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.report.internal.Audience;
import org.idic.crm.domain.report.internal.Cells;
import org.idic.crm.domain.report.internal.Corrections;
import org.idic.crm.domain.report.internal.MigrationCubes;
import org.idic.crm.domain.support.SqlText;
import org.idic.crm.domain.segmentation.Snapshot;
import org.idic.crm.domain.segmentation.Snapshots;
import org.idic.crm.domain.user.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How customers moved between tiers from one run to another (any two runs, whose scores or history remain). */
@Service
@Transactional(readOnly = true)
public class TierMigration {

    /** Tiers from best to worst; "NEW" are customers the earlier run did not score. */
    public static final List<String> TIERS = List.of("MVC", "MGC", "MAINTAIN", "BZ", "PROSPECT");
    public static final List<String> FROM = List.of("MVC", "MGC", "MAINTAIN", "BZ", "PROSPECT", "NEW");

    private final JdbcClient jdbc;
    private final MigrationCubes cubes;
    private final Snapshots snapshots;
    private final UserAccounts users;

    TierMigration(JdbcClient jdbc, MigrationCubes cubes, Snapshots snapshots, UserAccounts users) {
        this.jdbc = jdbc;
        this.cubes = cubes;
        this.snapshots = snapshots;
        this.users = users;
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
        return snapshots.succeeded().stream().map(r -> new RunOption(r.id(), r.asOf())).toList();
    }

    /**
     * The matrix for the actor's audience: the sums precomputed for the pair ({@link MigrationCubes};
     * computed now if nobody asked for this pair before), per tag with a tag filter, corrected for the
     * customers given to another owner, deleted, or (with a tag filter) tagged differently since the later
     * run: they leave the sums of the owner they were scored under and join those of their owner now, so
     * that every figure counts a customer with the rep who owns it today, as the customer list does.
     */
    public Result between(Actor actor, ReportFilter filter, RunOption from, RunOption to) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", from.id());
        p.put("to", to.id());
        java.time.Instant since = snapshots.of(to.id()).map(Snapshot::ownerChangesSince).orElse(null);
        p.put(Corrections.SINCE, since == null ? null : java.sql.Timestamp.from(since));
        Audience audience = Audience.of(actor, filter, users);
        cubes.ensure(from.id(), to.id());
        boolean byTag = filter.tag() != null;
        if (byTag) {
            p.put("tag", filter.tag());
        }
        String sql = SqlText.fill(MATRIX, Map.of(
                "cte", Corrections.CHANGED,
                "cells", byTag ? "migration_tag_cell" : "migration_cell",
                "tag", byTag ? " and tag = :tag" : "",
                "moves", Corrections.moves(byTag),
                "audience", audience.sql("owner_id", p),
                "kind", Cells.kind("organisation", filter, p)));
        Map<String, Map<String, Flow>> matrix = new LinkedHashMap<>();
        long[] counts = new long[4];
        jdbc.sql(sql).params(p).query(rs -> {
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

    /** The matrix: the pair's sums and the changed customers' two rows (see {@code Corrections}). */
    private static final String MATRIX = """
            {cte}select from_tier, to_tier, sum(customers), sum(revenue) from (
                select owner_id, organisation, from_tier, to_tier, customers, revenue
                from {cells} where run_id = :to and from_run_id = :from{tag}
                union all
                select x.owner, m.organisation, coalesce(a.tier, 'NEW'), m.tier, x.sign, x.sign * m.revenue_window
                from changed ch
                join run_scores m on m.run_id = :to and m.customer_id = ch.customer_id
                left join customer c on c.id = ch.customer_id
                left join run_scores a on a.run_id = :from and a.customer_id = ch.customer_id
                {moves}
            ) t where {audience}{kind} group by 1, 2""";
}
