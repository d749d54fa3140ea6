package org.idic.crm.domain.segmentation.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.segmentation.InvalidSettingsException;
import org.idic.crm.domain.segmentation.RunOutcome;
import org.idic.crm.domain.segmentation.RunSucceeded;
import org.idic.crm.domain.segmentation.ScoredRun;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.segmentation.ProgressListener;
import org.idic.crm.segmentation.SegmentationEngine;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.StageTiming;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.SettingsProblem;
import org.idic.crm.segmentation.tier.Tier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The work of one run: facts from SQL, scores from the engine, the snapshot written and switched. */
@Component
public class RunExecution {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RunExecution.class);

    private final FactsQuery facts;
    private final ScoreWriter writer;
    private final RunRecords records;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RunExecution(FactsQuery facts, ScoreWriter writer, RunRecords records, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, JdbcTemplate jdbc, Clock clock) {
        this.facts = facts;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.writer = writer;
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public RunOutcome run(Long runId, LocalDate asOf, SegmentationSettings settings) {
        List<SettingsProblem> problems = SettingsVersions.problems(settings, null);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Map<String, Long> millis = new LinkedHashMap<>();
        Throttle throttle = new Throttle(runId);
        Integer total = jdbc.queryForObject("select count(*) from customer", Integer.class);

        // owner changes from here on are corrected for when reports add up this run's sums per owner (with
        // an hour's margin for transactions still open now; the correction itself compares owners exactly)
        jdbc.update("update segmentation_run set owner_changes_since = now() - interval '1 hour' where id = ?", runId);
        long t0 = System.nanoTime();
        FactsQuery.LoadedFacts withOwners = facts.loadWithOwners(asOf, settings, clock.getZone(),
                n -> throttle.report("FACTS", n, total == null ? n : total, false));
        CustomerFacts loaded = withOwners.facts();
        millis.put("facts", elapsed(t0));

        long t1 = System.nanoTime();
        ProgressListener listener = (stage, done, all) -> throttle.report(stage.name(), done, all, done == all);
        SegmentationResult result = SegmentationEngine.score(loaded, settings, asOf, listener);
        millis.put("engine", elapsed(t1));
        for (StageTiming timing : result.timings()) {
            millis.put("engine." + timing.stage().name(), Math.round(timing.millis()));
        }

        long t2 = System.nanoTime();
        Map<String, Integer> tiers = tierCounts(result);
        throttle.report("WRITE", 0, result.size(), true);
        RunSummary summary = RunSummary.of(result, tiers, millis);
        ScoredRun scored = new ScoredRun(runId, result, loaded, withOwners.ownerIds(), withOwners.organisation(),
                withOwners.tags());
        Map<String, Long> writeParts = writer.writeAndSwitch(scored, n -> throttle.report("WRITE", n, result.size(),
                false), summary, clock.instant());
        millis.put("write", elapsed(t2));
        millis.putAll(writeParts);
        long t3 = System.nanoTime();
        succeeded(scored);
        millis.put("migration", elapsed(t3));
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Map<String, Object> timings = new LinkedHashMap<>(millis);
        timings.put("peakHeapBytes", peak);
        records.recordTimings(runId, RunSummary.json(timings));
        records.dropOldPartitions(3);
        return new RunOutcome(runId, result.size(), millis, tiers, result.modelReport().model().name(),
                result.modelReport().fallbackReason() == null ? null : result.modelReport().fallbackReason().code(),
                peak);
    }

    /**
     * Tells the other modules that the run succeeded, with its scores in memory: the reporting module adds
     * up the migration from the previous run, the pair people look at first, at once (and it is timed as
     * part of the run). The run has succeeded already: if that fails, the event is kept and handled again,
     * and the report computes the sums when first asked meanwhile.
     */
    private void succeeded(ScoredRun scores) {
        try {
            transaction.executeWithoutResult(status -> events.publishEvent(new RunSucceeded(scores.runId(),
                    records.previousSucceeded(scores.runId()).orElse(null), scores)));
        } catch (RuntimeException e) {
            log.warn("Run {}: the migration sums are left for the report to compute: {}", scores.runId(),
                    e.getMessage());
        }
    }

    private static Map<String, Integer> tierCounts(SegmentationResult result) {
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (int i = 0; i < result.size(); i++) {
            counts.merge(result.tier(i), 1, Integer::sum);
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((tier, n) -> byName.put(tier.name(), n));
        return byName;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Writes progress at most twice a second (and always at the end of a stage). */
    private final class Throttle {
        private final Long runId;
        private long last;

        Throttle(Long runId) {
            this.runId = runId;
        }

        void report(String stage, long done, long total, boolean force) {
            long now = System.nanoTime();
            if (force || now - last > 500_000_000L) {
                last = now;
                records.progress(runId, stage, done, total);
            }
        }
    }
}
