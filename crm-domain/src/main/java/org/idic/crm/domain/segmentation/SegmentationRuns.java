package org.idic.crm.domain.segmentation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.segmentation.internal.RunExecution;
import org.idic.crm.domain.segmentation.internal.RunRecords;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Segmentation runs: started by an administrator or manager (in the background), by the schedule, or
 * from the command line (to completion). At most one runs at a time; a run that fails or is
 * interrupted leaves the previous snapshot current and says why.
 */
@Service
public class SegmentationRuns {

    /**
     * The PostgreSQL advisory lock a run holds while it goes (see {@link RunLock}): whoever holds it
     * stands for a live run.
     */
    public static final long LOCK_KEY = 0x49_44_49_43_52_55_4eL; // "IDICRUN"
    private static final int LOCK_WAIT_MILLIS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(SegmentationRuns.class);

    private final RunRecords records;
    private final SettingsVersions settings;
    private final RunExecution execution;
    private final TaskExecutor background;
    private final AuditLog audit;
    private final Clock clock;
    private final DataSource dataSource;

    SegmentationRuns(RunRecords records, SettingsVersions settings, RunExecution execution,
            @org.springframework.beans.factory.annotation.Qualifier("segmentationExecutor") TaskExecutor background,
            AuditLog audit, Clock clock, DataSource dataSource) {
        this.dataSource = dataSource;
        this.records = records;
        this.settings = settings;
        this.execution = execution;
        this.background = background;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a run in the background and returns its id at once (the runs page follows its progress). */
    public Long startInBackground(Actor actor, LocalDate asOf) {
        if (!actor.isAdmin() && !actor.isManager()) {
            audit.recordNow(actor.username(), AuditAction.ACCESS_DENIED, "segmentation_run", null, "start");
            throw new NotPermittedException("only administrators and managers start segmentation runs");
        }
        Prepared run = prepare(RunTrigger.MANUAL, asOf, actor.username());
        audit.recordNow(actor.username(), AuditAction.SEGMENTATION_RUN, "segmentation_run", run.id(), "as of " + run.asOf());
        try {
            background.execute(() -> executeQuietly(run));
        } catch (RuntimeException e) {
            run.lock().close();
            records.fail(run.id(), "could not be started: " + reason(e));
            throw e;
        }
        return run.id();
    }

    /** A run, as the runs page shows it (a run whose application died is marked failed first). */
    public Optional<RunView> get(Long id) {
        records.reapStale();
        return records.get(id);
    }

    /** The newest {@code limit} runs, newest first (runs whose application died marked failed first). */
    public List<RunView> recent(int limit) {
        records.reapStale();
        return records.recent(limit);
    }

    /** The run in progress, if one is. */
    public Optional<RunView> running() {
        return records.running();
    }

    /**
     * Marks failed the runs left RUNNING by an instance that died (kill -9, power cut) without waiting
     * for their heartbeat to go stale: a run that holds no lock is not running anywhere. Called at start.
     */
    public int reapDeadRuns() {
        return RunLock.tryTake(dataSource).map(lock -> {
            try (lock) {
                return records.reapUnlocked();
            }
        }).orElse(0);
    }

    /** Runs to completion on the calling thread (command line and schedule). */
    public RunOutcome runNow(RunTrigger trigger, LocalDate asOf, String startedBy) {
        return execute(prepare(trigger, asOf, startedBy));
    }

    private Prepared prepare(RunTrigger trigger, LocalDate asOf, String startedBy) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        SettingsVersion version = settings.current();
        RunLock lock = RunLock.tryTake(dataSource).orElseGet(() -> {
            // held: by a run in progress, or for a moment by an instance looking for dead runs
            records.running().ifPresent(other -> {
                throw new RunAlreadyInProgressException(other.id(), other.startedBy(), other.startedAt());
            });
            return RunLock.take(dataSource, LOCK_WAIT_MILLIS).orElseThrow(() -> records.running()
                    .<RuntimeException>map(other -> new RunAlreadyInProgressException(other.id(), other.startedBy(),
                            other.startedAt()))
                    .orElseGet(() -> new IllegalStateException("another instance is starting a segmentation run; "
                            + "try again in a moment")));
        });
        try {
            Long id = records.insertRunning(trigger, day, version.version(), startedBy);
            return new Prepared(id, day, version.settings(), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private void executeQuietly(Prepared run) {
        try {
            execute(run);
        } catch (RuntimeException e) {
            // already recorded on the run; the background thread has nobody else to tell
            log.warn("Segmentation run {} failed: {}", run.id(), e.getMessage());
        }
    }

    private RunOutcome execute(Prepared run) {
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "segmentation-heartbeat-" + run.id());
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(() -> records.heartbeat(run.id()), 10, 10, TimeUnit.SECONDS);
        try {
            RunOutcome outcome = execution.run(run.id(), run.asOf(), run.settings());
            log.info("Segmentation run {} as of {}: {} customers, stages {} ms", run.id(), run.asOf(),
                    outcome.customers(), outcome.stageMillis());
            return outcome;
        } catch (RuntimeException | Error e) {
            records.fail(run.id(), reason(e));
            throw e;
        } finally {
            heartbeat.shutdownNow();
            run.lock().close();
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    private record Prepared(Long id, LocalDate asOf, SegmentationSettings settings, RunLock lock) {
    }
}
