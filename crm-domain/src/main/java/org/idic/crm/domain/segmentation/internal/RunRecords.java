package org.idic.crm.domain.segmentation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.idic.crm.domain.segmentation.RunAlreadyInProgressException;
import org.idic.crm.domain.segmentation.RunStatus;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.RunView;
import org.idic.crm.domain.segmentation.ScoresRetired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The segmentation_run rows. Progress and heartbeats are written outside any transaction so that other
 * sessions see them at once; a run whose heartbeat stops (the application was killed) is marked failed.
 */
@Component
public class RunRecords {

    /** A run without a heartbeat for this long is taken for dead. */
    static final Duration STALE_AFTER = Duration.ofSeconds(60);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate independent;

    RunRecords(JdbcTemplate jdbc, Clock clock, org.springframework.transaction.PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        // progress is written from inside the run's own (read-only or long) transactions: commit it apart
        this.independent = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a new running run, unless one is running already (at most one, database-wide). */
    public Long insertRunning(RunTrigger trigger, LocalDate asOf, int settingsVersion, String startedBy) {
        reapStale();
        for (int attempt = 1; ; attempt++) {
            Timestamp now = Timestamp.from(clock.instant());
            try {
                return jdbc.queryForObject("""
                        insert into segmentation_run (status, trigger, as_of, settings_version, started_by, started_at,
                            heartbeat_at, stage) values ('RUNNING', ?, ?, ?, ?, ?, ?, 'QUEUED') returning id""",
                        Long.class, trigger.name(), asOf, settingsVersion, startedBy, now, now);
            } catch (DuplicateKeyException running) {
                Optional<RunView> other = running();
                if (other.isPresent()) {
                    throw new RunAlreadyInProgressException(other.get().id(), other.get().startedBy(),
                            other.get().startedAt());
                }
                // the other run ended between our insert and our look: the way is free, try again
                if (attempt == 3) {
                    throw running;
                }
            }
        }
    }

    public void progress(Long runId, String stage, long done, long total) {
        independent.executeWithoutResult(status -> jdbc.update("update segmentation_run set stage = ?, stage_done = ?,"
                + " stage_total = ?, heartbeat_at = ? where id = ? and status = 'RUNNING'", stage, done, total,
                Timestamp.from(clock.instant()), runId));
    }

    public void heartbeat(Long runId) {
        jdbc.update("update segmentation_run set heartbeat_at = ? where id = ? and status = 'RUNNING'",
                Timestamp.from(clock.instant()), runId);
    }

    public void fail(Long runId, String reason) {
        independent.executeWithoutResult(status -> jdbc.update("update segmentation_run set status = 'FAILED',"
                + " failure_reason = ?, finished_at = ?, stage = null where id = ? and status = 'RUNNING'", reason,
                Timestamp.from(clock.instant()), runId));
    }

    public void recordTimings(Long runId, String timingsJson) {
        jdbc.update("update segmentation_run set timings = ? where id = ?", timingsJson, runId);
    }

    /**
     * Keeps the full scores of the newest {@code keep} successful runs (the current one among them);
     * older runs keep only their score_history rows, which is all a migration report needs.
     */
    public void dropOldPartitions(int keep) {
        List<Long> attached = jdbc.queryForList("""
                select substring(c.relname from 'customer_score_r(\\d+)')::bigint from pg_inherits i
                join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
                where p.relname = 'customer_score' order by 1 desc""", Long.class);
        Long current = currentRunId().orElse(null);
        int kept = 0;
        for (Long run : attached) {
            if (kept < keep || run.equals(current)) {
                kept++;
                continue;
            }
            // what a migration report needs of the run outlives its full scores, in one transaction so that
            // run_scores never shows the run twice or not at all
            independent.executeWithoutResult(status -> {
                jdbc.execute("insert into score_history (run_id, customer_id, tier, abc_class, pyramid_level,"
                        + " rfm_segment, lifecycle, relationship, revenue_window, predicted_clv, owner_id, organisation,"
                        + " tags) select run_id, customer_id, tier, abc_class, pyramid_level, rfm_segment, lifecycle,"
                        + " relationship, revenue_window, predicted_clv, owner_id, organisation, tags"
                        + " from customer_score_r" + run + " on conflict do nothing");
                jdbc.execute("alter table customer_score detach partition customer_score_r" + run);
                jdbc.execute("drop table customer_score_r" + run);
                events.publishEvent(new ScoresRetired(run));
            });
        }
    }

    /** Marks runs whose application died as failed; the snapshot before them stays current. */
    public int reapStale() {
        return jdbc.update("""
                update segmentation_run set status = 'FAILED', finished_at = ?, stage = null,
                    failure_reason = 'interrupted: the application stopped during the run (last seen ' || heartbeat_at || ')'
                where status = 'RUNNING' and heartbeat_at < ?""",
                Timestamp.from(clock.instant()), Timestamp.from(clock.instant().minus(STALE_AFTER)));
    }

    /**
     * Marks every RUNNING run failed. Only for a caller that holds the run lock, which every live run
     * holds: the runs found are dead, whatever their heartbeat says.
     */
    public int reapUnlocked() {
        return jdbc.update("""
                update segmentation_run set status = 'FAILED', finished_at = ?, stage = null,
                    failure_reason = 'interrupted: the application stopped during the run (last seen ' || heartbeat_at
                        || '); found at the next start'
                where status = 'RUNNING'""", Timestamp.from(clock.instant()));
    }

    public Optional<RunView> get(Long id) {
        return jdbc.query(SELECT + " where r.id = ?", RunRecords::row, id).stream().findFirst();
    }

    public Optional<RunView> running() {
        return jdbc.query(SELECT + " where r.status = 'RUNNING'", RunRecords::row).stream().findFirst();
    }

    public List<RunView> recent(int limit) {
        return jdbc.query(SELECT + " order by r.id desc limit ?", RunRecords::row, limit);
    }

    public List<RunView> succeeded() {
        return jdbc.query(SELECT + " where r.status = 'SUCCEEDED' order by r.id desc", RunRecords::row);
    }

    /** The successful run before {@code runId}, if there is one. */
    public Optional<Long> previousSucceeded(Long runId) {
        return jdbc.queryForList("select max(id) from segmentation_run where status = 'SUCCEEDED' and id < ?",
                Long.class, runId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<Long> currentRunId() {
        return jdbc.query("select run_id from segmentation_current", (rs, n) -> rs.getLong(1)).stream().findFirst();
    }

    private static final String SELECT = """
            select r.*, (select run_id from segmentation_current) = r.id as is_current from segmentation_run r""";

    private static RunView row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RunView(rs.getLong("id"), RunStatus.valueOf(rs.getString("status")),
                RunTrigger.valueOf(rs.getString("trigger")), rs.getObject("as_of", LocalDate.class),
                rs.getInt("settings_version"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("stage"),
                (Long) rs.getObject("stage_done"), (Long) rs.getObject("stage_total"),
                (Integer) rs.getObject("customers"), rs.getString("clv_model"), rs.getString("fallback_reason"),
                rs.getString("model_json"), rs.getString("tier_counts"), rs.getString("timings"),
                rs.getString("failure_reason"), rs.getBoolean("is_current"));
    }
}
