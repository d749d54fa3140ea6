package org.idic.crm.domain.segmentation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.idic.crm.domain.segmentation.ScoredRun;
import org.idic.crm.domain.segmentation.ScoresWritten;
import org.idic.crm.domain.support.BinaryCopy;
import org.idic.crm.segmentation.Explanation;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a run's scores as a new partition of customer_score and makes it current, all in one
 * transaction (with what other modules derive from them, see ScoresWritten): the rows are copied into a
 * table of their own (binary COPY; with wal_level minimal the new table is not even written to the WAL),
 * indexed, attached as the run's partition, and the current-snapshot pointer is moved. A failure at any point leaves nothing behind and the previous
 * snapshot in force. (score_history receives a run's rows when its full partition is retired.)
 */
@Component
public class ScoreWriter {

    static final String COLUMNS = "run_id, customer_id, recency_days, frequency, monetary, r_score, f_score, m_score, "
            + "rfm_code, rfm_segment, abc_class, pyramid_level, historic_value, historic_share, p_alive, "
            + "expected_purchases, expected_avg_value, predicted_clv, current_value, future_value, growth_potential, "
            + "tier, value_quadrant, lifecycle, relationship, revenue_window, margin_window, service_cost_window, "
            + "tier_reason, tier_values, lifecycle_reason, lifecycle_values, owner_id, organisation, tags";

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;

    ScoreWriter(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /**
     * Writes the scores and switches to them; {@code progress} hears the rows written. Returns how long
     * the copy, the indexes and the switch took, in milliseconds.
     */
    @Transactional
    public java.util.Map<String, Long> writeAndSwitch(ScoredRun scored, java.util.function.LongConsumer progress,
            RunSummary summary,
            java.time.Instant finishedAt) {
        Long runId = scored.runId();
        SegmentationResult result = scored.result();
        CustomerFacts facts = scored.facts();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        String table = "customer_score_r" + runId;
        java.util.Map<String, Long> millis = new java.util.LinkedHashMap<>();
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("set local maintenance_work_mem = '256MB'");
            s.execute("create table " + table + " (like customer_score including defaults)");
            try (BinaryCopy copy = new BinaryCopy(connection, table, COLUMNS)) {
                for (int i = 0; i < result.size(); i++) {
                    row(copy, runId, facts, result, i, scored.ownerIds()[i], scored.organisation()[i],
                            scored.tags()[i]);
                    if ((i + 1) % 100_000 == 0) {
                        progress.accept(i + 1L);
                    }
                }
            }
            progress.accept(result.size());
            millis.put("write.copy", (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            s.execute("alter table " + table + " add constraint " + table + "_run check (run_id = " + runId + ")");
            s.execute("alter table " + table + " add primary key (run_id, customer_id)");
            s.execute("create index on " + table + " (run_id, predicted_clv desc nulls last)");
            s.execute("create index on " + table + " (run_id, current_value desc nulls last)");
            millis.put("write.indexes", (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            s.execute("alter table customer_score attach partition " + table + " for values in (" + runId + ")");
            s.execute("analyze " + table);
            // what other modules derive from the scores (the reports' sums) is written in this transaction too
            events.publishEvent(new ScoresWritten(scored));
            s.execute("insert into segmentation_current (singleton, run_id) values (true, " + runId + ") "
                    + "on conflict (singleton) do update set run_id = excluded.run_id");
            succeed(connection, runId, summary, finishedAt);
            millis.put("write.switch", (System.nanoTime() - start) / 1_000_000);
            return millis;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the scores: " + e.getMessage(), e);
        }
    }

    private static void succeed(Connection connection, Long runId, RunSummary summary, java.time.Instant finishedAt)
            throws SQLException {
        try (var update = connection.prepareStatement("""
                update segmentation_run set status = 'SUCCEEDED', finished_at = ?, stage = null, customers = ?,
                    clv_model = ?, fallback_reason = ?, model_json = ?, tier_counts = ?
                where id = ? and status = 'RUNNING'""")) {
            update.setTimestamp(1, java.sql.Timestamp.from(finishedAt));
            update.setInt(2, summary.customers());
            update.setString(3, summary.clvModel());
            update.setString(4, summary.fallbackReason());
            update.setString(5, summary.modelJson());
            update.setString(6, summary.tierCounts());
            update.setLong(7, runId);
            if (update.executeUpdate() != 1) {
                // the run was reaped as dead while it wrote: do not let it become current
                throw new SQLException("run " + runId + " is no longer running");
            }
        }
    }

    private static void row(BinaryCopy copy, Long runId, CustomerFacts facts, SegmentationResult r, int i,
            long owner, boolean organisation, String[] tags) throws SQLException {
        int recency = r.recencyDays(i);
        Explanation tier = r.explainTier(i);
        Explanation lifecycle = r.explainLifecycle(i);
        copy.row(35).int8(runId).int8(r.customerId(i))
                .int4(recency == SegmentationResult.NO_RECENCY ? null : recency).int4(r.frequency(i))
                .float8(r.monetary(i)).int4(score(r.rScore(i))).int4(score(r.fScore(i))).int4(score(r.mScore(i)))
                .text(emptyToNull(r.rfmCode(i))).text(r.rfmSegment(i).name()).text(r.abcClass(i).name())
                .text(r.pyramidLevel(i).name()).float8(r.historicValue(i)).float8(r.historicShare(i))
                .float8(r.pAlive(i)).float8(r.expectedPurchasesHorizon(i)).float8(r.expectedAvgValue(i))
                .float8(r.predictedClv(i)).float8(r.currentValue(i)).float8(r.futureValue(i))
                .float8(r.growthPotential(i)).text(r.tier(i).name()).text(r.valueQuadrant(i).name())
                .text(r.lifecycleStage(i).name()).text(r.relationship(i).name()).float8(facts.revenueWindow(i))
                .float8(facts.marginWindow(i)).float8(facts.serviceCostWindow(i)).text(tier.code())
                .float8Array(values(tier)).text(lifecycle.code()).float8Array(values(lifecycle))
                .int8(owner).bool(organisation).textArray(tags);
        copy.endRow();
    }

    private static double[] values(Explanation explanation) {
        return explanation.values().values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Integer score(int score) {
        return score == 0 ? null : score;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
