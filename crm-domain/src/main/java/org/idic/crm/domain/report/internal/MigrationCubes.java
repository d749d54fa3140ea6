package org.idic.crm.domain.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.segmentation.RunSucceeded;
import org.idic.crm.domain.segmentation.ScoredRun;
import org.idic.crm.segmentation.SegmentationResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The sums behind a tier-migration report between two runs: customers and their revenue (in the later
 * run's window) per owner and customer type of the later run, per earlier tier ("NEW" for customers the
 * earlier run did not score) and later tier. The pair (previous run, new run) is computed when a run is
 * made (a run that succeeds says so, {@link RunSucceeded}); any other pair once, the first time a report
 * asks for it. Reports add them up and correct them for customers given to someone else since (see
 * {@code TierMigration}).
 */
@Component
public class MigrationCubes {

    private final JdbcTemplate jdbc;

    MigrationCubes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the sums of the pair are there. */
    @Transactional(readOnly = true)
    public boolean has(Long fromRun, Long toRun) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from migration_pair where run_id = ? and from_run_id = ?)", Boolean.class,
                toRun, fromRun));
    }

    /**
     * Computes the sums of the pair unless they are there. Two callers at once compute them once (the
     * second waits for the first); the sums are committed on their own, whatever the caller does next.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensure(Long fromRun, Long toRun) {
        if (!claim(fromRun, toRun)) {
            return;
        }
        jdbc.update("""
                insert into migration_cell (run_id, from_run_id, owner_id, organisation, from_tier, to_tier,
                    customers, revenue)
                select ?, ?, b.owner_id, b.organisation, coalesce(a.tier, 'NEW'), b.tier, count(*),
                       sum(b.revenue_window)
                from run_scores b
                left join run_scores a on a.run_id = ? and a.customer_id = b.customer_id
                where b.run_id = ?
                group by 3, 4, 5, 6""", toRun, fromRun, fromRun, toRun);
        jdbc.update("""
                insert into migration_tag_cell (run_id, from_run_id, owner_id, organisation, tag, from_tier, to_tier,
                    customers, revenue)
                select ?, ?, b.owner_id, b.organisation, t.tag, coalesce(a.tier, 'NEW'), b.tier, count(*),
                       sum(b.revenue_window)
                from run_scores b
                left join run_scores a on a.run_id = ? and a.customer_id = b.customer_id
                cross join lateral unnest(b.tags) t(tag)
                where b.run_id = ?
                group by 3, 4, 5, 6, 7""", toRun, fromRun, fromRun, toRun);
    }

    /**
     * The sums of the pair (previous run, the run just made), added up from the new scores in memory and
     * the previous run's tiers read in customer order: one pass over a million rows, where the same join
     * in SQL took ten seconds. Owners and types are those the new run scored under, as in {@link #ensure}.
     */
    /**
     * A run succeeded: the sums of the pair (previous run, this run), from its scores in memory when the
     * event comes straight from the run, else (handled again later, without them) from the database.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RunSucceeded event) {
        if (event.previousRunId() == null) {
            return;
        }
        if (event.scores() == null) {
            ensure(event.previousRunId(), event.runId());
        } else {
            ensureFromRun(event.previousRunId(), event.scores());
        }
    }

    private void ensureFromRun(Long fromRun, ScoredRun loaded) {
        Long toRun = loaded.runId();
        SegmentationResult scores = loaded.result();
        if (!claim(fromRun, toRun)) {
            return;
        }
        int n = scores.size();
        for (int i = 1; i < n; i++) {
            if (scores.customerId(i - 1) >= scores.customerId(i)) {
                throw new IllegalStateException("the scores are not in customer order");
            }
        }
        Map<CellKey, double[]> cells = new HashMap<>();
        Sums sums = new Sums(cells, scores, loaded);
        int[] next = {0};
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(10_000);
        // a merge of the two runs' customers, both in id order: new ones, then the one scored in both
        streaming.query("select customer_id, tier from run_scores where run_id = ? order by customer_id",
                (RowCallbackHandler) rs -> {
                    long id = rs.getLong(1);
                    while (next[0] < n && scores.customerId(next[0]) < id) {
                        sums.add(next[0]++, "NEW");
                    }
                    if (next[0] < n && scores.customerId(next[0]) == id) {
                        sums.add(next[0]++, rs.getString(2));
                    }
                }, fromRun);
        while (next[0] < n) {
            sums.add(next[0]++, "NEW");
        }
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> tagRows = new ArrayList<>();
        cells.forEach((k, v) -> (k.tag() == null ? rows : tagRows).add(k.tag() == null
                ? new Object[] {toRun, fromRun, k.owner(), k.organisation(), k.from(), k.to(), (int) v[0], v[1]}
                : new Object[] {toRun, fromRun, k.owner(), k.organisation(), k.tag(), k.from(), k.to(), (int) v[0],
                    v[1]}));
        jdbc.batchUpdate("insert into migration_cell (run_id, from_run_id, owner_id, organisation, from_tier, to_tier,"
                + " customers, revenue) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("insert into migration_tag_cell (run_id, from_run_id, owner_id, organisation, tag, from_tier,"
                + " to_tier, customers, revenue) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", tagRows);
    }

    /** A cell of the matrix: per owner and type, and per tag (null for the sums of every customer). */
    private record CellKey(long owner, boolean organisation, String tag, String from, String to) {
    }

    /** Adds one customer's move to the sums, once for everyone and once for each of its tags. */
    private record Sums(Map<CellKey, double[]> cells, SegmentationResult scores, ScoredRun loaded) {

        void add(int i, String fromTier) {
            long owner = loaded.ownerIds()[i];
            boolean organisation = loaded.organisation()[i];
            String toTier = scores.tier(i).name();
            add(new CellKey(owner, organisation, null, fromTier, toTier), i);
            for (String tag : loaded.tags()[i]) {
                add(new CellKey(owner, organisation, tag, fromTier, toTier), i);
            }
        }

        private void add(CellKey key, int i) {
            double[] sums = cells.computeIfAbsent(key, k -> new double[2]);
            sums[0]++;
            sums[1] += loaded.facts().revenueWindow(i);
        }
    }

    /**
     * Takes the pair for this transaction (two callers at once: the second waits, then finds it done) and
     * records it; false when its sums are there already.
     */
    private boolean claim(Long fromRun, Long toRun) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?, ?)", Object.class, LOCK_SPACE, (int) (toRun ^ fromRun));
        if (has(fromRun, toRun)) {
            return false;
        }
        jdbc.update("insert into migration_pair (run_id, from_run_id) values (?, ?)", toRun, fromRun);
        return true;
    }

    /** Keeps the advisory locks of this class apart from any other use of pg_advisory_xact_lock(int, int). */
    private static final int LOCK_SPACE = 0x4d494752;
}
