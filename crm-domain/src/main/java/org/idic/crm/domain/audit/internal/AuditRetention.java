package org.idic.crm.domain.audit.internal;

import java.sql.Timestamp;
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
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditProperties;
import org.idic.crm.domain.audit.Audited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Deletes audit lines older than {@code crm.audit.retention}, once a day; a ShedLock row (as for the
 * segmentation schedule) lets one instance at a time do it. Deletes in batches, so that a first purge of
 * millions of lines holds no long lock, and records what it removed as an audit line of its own.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
public class AuditRetention implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    static final Duration EVERY = Duration.ofHours(24);
    static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final LockingTaskExecutor locks;
    private final AuditProperties properties;
    private final Clock clock;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private ScheduledFuture<?> daily;

    AuditRetention(JdbcClient jdbc, AuditTrail trail, DataSource dataSource, AuditProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
        scheduler.setThreadNamePrefix("audit-retention-");
        scheduler.setDaemon(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.purgeEnabled()) {
            return;
        }
        scheduler.initialize();
        // first an hour after the start (not during it), then daily
        daily = scheduler.scheduleAtFixedRate(this::purgeOnce, clock.instant().plus(Duration.ofHours(1)), EVERY);
    }

    /** The purge, unless another instance ran it in the last 23 hours. */
    void purgeOnce() {
        try {
            locks.executeWithLock((Runnable) this::purge, new LockConfiguration(clock.instant(), "audit-retention",
                    Duration.ofHours(6), EVERY.minusHours(1)));
        } catch (RuntimeException e) {
            log.warn("Audit retention purge failed: {}", e.getMessage());
        }
    }

    /** Deletes every line older than the retention period; returns how many. */
    public long purge() {
        Instant cutoff = ZonedDateTime.ofInstant(clock.instant(), clock.getZone()).minus(properties.retention())
                .toInstant();
        long removed = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                    delete from audit_event where id in (
                        select id from audit_event where occurred_at < :cutoff limit :batch)""")
                    .param("cutoff", Timestamp.from(cutoff)).param("batch", BATCH).update();
            removed += batch;
        } while (batch == BATCH);
        if (removed > 0) {
            trail.write(new Audited("system", AuditAction.PURGE, "audit", null,
                    "{\"removed\":\"" + removed + "\",\"before\":\"" + cutoff + "\"}", clock.instant()));
            log.info("Audit retention: removed {} lines older than {}", removed, cutoff);
        }
        return removed;
    }

    @Override
    public void destroy() {
        if (daily != null) {
            daily.cancel(false);
        }
        scheduler.shutdown();
    }
}
