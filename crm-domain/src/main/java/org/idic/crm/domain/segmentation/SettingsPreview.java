package org.idic.crm.domain.segmentation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.segmentation.internal.FactsQuery;
import org.idic.crm.domain.segmentation.internal.RunRecords;
import org.idic.crm.segmentation.SegmentationEngine;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.SettingsProblem;
import org.idic.crm.segmentation.settings.SettingsValidator;
import org.idic.crm.segmentation.tier.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What if": scores every customer as of today with settings an administrator is editing, and compares
 * the tiers with the current snapshot, without writing anything (no run, no scores, no settings). One
 * read-only, repeatable-read transaction, so the facts and the snapshot are read from the same moment.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class SettingsPreview {

    private static final int TIERS = Tier.values().length;

    private final FactsQuery facts;
    private final RunRecords runs;
    private final JdbcTemplate snapshot;
    private final AuditLog audit;
    private final Clock clock;
    private final Semaphore oneAtATime = new Semaphore(1);

    SettingsPreview(FactsQuery facts, RunRecords runs, DataSource dataSource, AuditLog audit, Clock clock) {
        this.facts = facts;
        this.runs = runs;
        // the snapshot is read as a stream (one row per customer), not loaded whole
        this.snapshot = new JdbcTemplate(dataSource);
        this.snapshot.setFetchSize(10_000);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The tier changes these settings would make, as of today.
     *
     * @throws NotPermittedException     unless the actor is an administrator
     * @throws InvalidSettingsException  with every problem, when the settings are invalid
     * @throws PreviewBusyException      when another preview is being computed
     */
    public TierPreview preview(Actor actor, SegmentationSettings settings) {
        if (!actor.isAdmin()) {
            audit.recordNow(actor.username(), AuditAction.ACCESS_DENIED, "segmentation_settings", null, "preview");
            throw new NotPermittedException("only administrators preview segmentation settings");
        }
        List<SettingsProblem> problems = SettingsValidator.validate(settings);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        if (!oneAtATime.tryAcquire()) {
            throw new PreviewBusyException();
        }
        try {
            return compute(settings, LocalDate.now(clock));
        } finally {
            oneAtATime.release();
        }
    }

    private TierPreview compute(SegmentationSettings settings, LocalDate asOf) {
        CustomerFacts loaded = facts.load(asOf, settings, clock.getZone(), n -> { });
        SegmentationResult result = SegmentationEngine.score(loaded, settings, asOf);
        int n = result.size();
        long[] ids = new long[n];
        byte[] to = new byte[n];
        for (int i = 0; i < n; i++) {
            ids[i] = result.customerId(i);
            to[i] = (byte) result.tier(i).ordinal();
            if (i > 0 && ids[i] <= ids[i - 1]) {
                throw new IllegalStateException("facts must come in ascending customer id order");
            }
        }
        int[][] counts = new int[TIERS + 1][TIERS];
        boolean[] inSnapshot = new boolean[n];
        int[] removed = {0};
        Optional<Long> current = runs.currentRunId();
        current.ifPresent(runId -> snapshot.query("select customer_id, tier from customer_score where run_id = ?",
                (RowCallbackHandler) rs -> {
                    int i = Arrays.binarySearch(ids, rs.getLong(1));
                    if (i < 0) {
                        removed[0]++;
                    } else {
                        inSnapshot[i] = true;
                        counts[Tier.valueOf(rs.getString(2)).ordinal()][to[i]]++;
                    }
                }, runId));
        for (int i = 0; i < n; i++) {
            if (!inSnapshot[i]) {
                counts[TIERS][to[i]]++;
            }
        }
        return summarise(asOf, n, current.orElse(null), counts, removed[0], result.modelReport().model().name());
    }

    private TierPreview summarise(LocalDate asOf, int customers, Long runId, int[][] counts, int removed,
            String model) {
        List<TierPreview.Row> rows = new ArrayList<>();
        int[] columns = new int[TIERS];
        int changed = 0;
        for (int from = 0; from <= TIERS; from++) {
            List<Integer> row = new ArrayList<>();
            int total = 0;
            for (int to = 0; to < TIERS; to++) {
                row.add(counts[from][to]);
                total += counts[from][to];
                columns[to] += counts[from][to];
                if (from < TIERS && from != to) {
                    changed += counts[from][to];
                }
            }
            rows.add(new TierPreview.Row(from < TIERS ? Tier.values()[from] : null, row, total));
        }
        LocalDate snapshotAsOf = runId == null ? null : runs.get(runId).map(RunView::asOf).orElse(null);
        return new TierPreview(asOf, customers, runId, snapshotAsOf, rows, Arrays.stream(columns).boxed().toList(),
                changed, removed, model);
    }
}
