package org.idic.crm.domain.segmentation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.idic.crm.domain.segmentation.RunAlreadyInProgressException;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs a segmentation when the schedule in the settings says so. Every instance checks once a minute
 * against the settings in the database (so a changed schedule applies everywhere at once); a ShedLock
 * row lets exactly one instance start the run, and the one-running-run rule backs it up.
 */
@Component
class SegmentationSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SegmentationSchedule.class);

    /** How often every instance looks at the schedule. */
    static final Duration POLL = Duration.ofMinutes(1);
    /**
     * The lock outlives even a short run by more than one polling interval: every other instance sees the
     * same firing within one interval of it, and must find the lock still held then.
     */
    static final Duration HOLD_AT_LEAST = POLL.multipliedBy(3);

    private final SettingsVersions settings;
    private final SegmentationRuns runs;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final boolean enabled;
    private ScheduledFuture<?> polling;
    private Instant lastCheck;

    SegmentationSchedule(SettingsVersions settings, SegmentationRuns runs, DataSource dataSource, Clock clock,
            SegmentationProperties properties) {
        this.settings = settings;
        this.runs = runs;
        this.clock = clock;
        this.enabled = properties.schedule().enabled();
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
        scheduler.setThreadNamePrefix("segmentation-schedule-");
        scheduler.setDaemon(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        scheduler.initialize();
        lastCheck = clock.instant();
        polling = scheduler.scheduleWithFixedDelay(this::check, POLL);
    }

    /** Starts a run when the cron expression had a firing time since the last check. */
    void check() {
        Instant now = clock.instant();
        Instant since = lastCheck;
        lastCheck = now;
        check(since, now);
    }

    /** Starts a run if the schedule fires in (since, now] and no other instance started it already. */
    void check(Instant since, Instant now) {
        try {
            String cron = settings.current().scheduleCron();
            if (cron == null || !due(cron, since, now)) {
                return;
            }
            locks.executeWithLock((Runnable) () -> runs.runNow(RunTrigger.SCHEDULE, null, "schedule"),
                    new LockConfiguration(now, "segmentation-run", Duration.ofHours(6), HOLD_AT_LEAST));
        } catch (RunAlreadyInProgressException e) {
            log.info("Scheduled segmentation skipped: run {} is still in progress", e.runningId());
        } catch (RuntimeException e) {
            log.warn("Scheduled segmentation failed: {}", e.getMessage());
        }
    }

    /** Whether {@code cron} fires in (since, now]. */
    boolean due(String cron, Instant since, Instant now) {
        ZonedDateTime next = CronExpression.parse(cron).next(since.atZone(clock.getZone()));
        return next != null && !next.toInstant().isAfter(now);
    }

    @Override
    public void destroy() {
        if (polling != null) {
            polling.cancel(false);
        }
        scheduler.shutdown();
    }
}
