package org.idic.crm.domain.segmentation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.idic.crm.domain.support.Copy;
import org.idic.crm.segmentation.Explanation;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a run's scores as a new partition of customer_score and makes it current, all in one
 * transaction: the rows are copied into a table of their own (COPY), indexed, attached as the run's
 * partition, summarised into score_history, and the current-snapshot pointer is moved. A failure at
 * any point leaves nothing behind and the previous snapshot in force.
 */
@Component
public class ScoreWriter {

    static final String COLUMNS = "run_id, customer_id, recency_days, frequency, monetary, r_score, f_score, m_score, "
            + "rfm_code, rfm_segment, abc_class, pyramid_level, historic_value, historic_share, p_alive, "
            + "expected_purchases, expected_avg_value, predicted_clv, current_value, future_value, growth_potential, "
            + "tier, value_quadrant, lifecycle, relationship, revenue_window, margin_window, service_cost_window, "
            + "tier_reason, tier_values, lifecycle_reason, lifecycle_values";

    private final DataSource dataSource;

    ScoreWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the scores and switches to them; {@code progress} hears the rows written. */
    @Transactional
    public void writeAndSwitch(Long runId, CustomerFacts facts, SegmentationResult result,
            java.util.function.LongConsumer progress, RunSummary summary, java.time.Instant finishedAt) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        String table = "customer_score_r" + runId;
        try (Statement s = connection.createStatement()) {
            s.execute("create table " + table + " (like customer_score including defaults)");
            try (Copy copy = new Copy(connection, table, COLUMNS)) {
                for (int i = 0; i < result.size(); i++) {
                    row(copy, runId, facts, result, i);
                    if ((i + 1) % 100_000 == 0) {
                        progress.accept(i + 1L);
                    }
                }
            }
            progress.accept(result.size());
            s.execute("alter table " + table + " add constraint " + table + "_run check (run_id = " + runId + ")");
            s.execute("alter table " + table + " add primary key (run_id, customer_id)");
            s.execute("create index on " + table + " (run_id, tier, customer_id)");
            s.execute("create index on " + table + " (run_id, predicted_clv desc nulls last)");
            s.execute("create index on " + table + " (run_id, current_value desc nulls last)");
            s.execute("alter table customer_score attach partition " + table + " for values in (" + runId + ")");
            s.execute("insert into score_history select run_id, customer_id, tier, abc_class, pyramid_level, "
                    + "rfm_segment, lifecycle, relationship, revenue_window, predicted_clv from " + table);
            s.execute("analyze " + table);
            s.execute("insert into segmentation_current (singleton, run_id) values (true, " + runId + ") "
                    + "on conflict (singleton) do update set run_id = excluded.run_id");
            succeed(connection, runId, summary, finishedAt);
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

    private static void row(Copy copy, Long runId, CustomerFacts facts, SegmentationResult r, int i)
            throws SQLException {
        int recency = r.recencyDays(i);
        copy.add(runId).add(r.customerId(i)).add(recency == SegmentationResult.NO_RECENCY ? null : recency)
                .add(r.frequency(i)).add(number(r.monetary(i))).add(score(r.rScore(i))).add(score(r.fScore(i)))
                .add(score(r.mScore(i))).add(emptyToNull(r.rfmCode(i))).add(r.rfmSegment(i).name())
                .add(r.abcClass(i).name()).add(r.pyramidLevel(i).name()).add(number(r.historicValue(i)))
                .add(number(r.historicShare(i))).add(number(r.pAlive(i))).add(number(r.expectedPurchasesHorizon(i)))
                .add(number(r.expectedAvgValue(i))).add(number(r.predictedClv(i))).add(number(r.currentValue(i)))
                .add(number(r.futureValue(i))).add(number(r.growthPotential(i))).add(r.tier(i).name())
                .add(r.valueQuadrant(i).name()).add(r.lifecycleStage(i).name()).add(r.relationship(i).name())
                .add(number(facts.revenueWindow(i))).add(number(facts.marginWindow(i)))
                .add(number(facts.serviceCostWindow(i)));
        Explanation tier = r.explainTier(i);
        Explanation lifecycle = r.explainLifecycle(i);
        copy.add(tier.code()).add(array(tier.values())).add(lifecycle.code()).add(array(lifecycle.values())).endRow();
    }

    private static Integer score(int score) {
        return score == 0 ? null : score;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** NaN (no value, e.g. P(alive) under the fallback model) is stored as NULL. */
    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Double.toString(value);
    }

    private static String array(Map<String, Double> values) {
        StringJoiner joiner = new StringJoiner(",", "{", "}");
        values.values().forEach(v -> joiner.add(Double.isFinite(v) ? Double.toString(v) : "NaN"));
        return joiner.toString();
    }
}
