package org.idic.crm.domain.support;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Delivers again, once a minute ({@code crm.events.retry-every}), the events whose listener failed (the
 * database was away, a bug that has since been fixed by a restart...): the registry keeps them until a listener has handled them, and this
 * is what makes "kept" mean "delivered". Events a crash interrupted are delivered again at start-up.
 */
@Component
class EventRetries implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private final FailedEventPublications failed;
    private final Clock clock;
    /** How often failed events are tried again, and how long one waits before its first retry. */
    private final Duration every;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private ScheduledFuture<?> retrying;

    EventRetries(FailedEventPublications failed, Clock clock, EventProperties properties) {
        this.failed = failed;
        this.clock = clock;
        this.every = properties.retryEvery();
        scheduler.setThreadNamePrefix("event-retries-");
        scheduler.setDaemon(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.initialize();
        // the first retry after one interval: the start itself delivers again what was left undelivered
        retrying = scheduler.scheduleWithFixedDelay(this::retry, clock.instant().plus(every), every);
    }

    void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(every));
        } catch (RuntimeException e) {
            log.warn("Failed events could not be submitted again (next try in {}): {}", every, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (retrying != null) {
            retrying.cancel(false);
        }
        scheduler.shutdown();
    }
}
