package org.idic.crm.app.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the embedded PostgreSQL process. When it dies (killed, out of memory) the watchdog starts it
 * again on the same port and data directory, so that the connection pool reconnects by itself; while it
 * cannot, liveness is DOWN (a supervisor may then restart the whole application) and it keeps trying.
 * Each event is one line in the log.
 */
final class EmbeddedDatabaseWatchdog implements SmartLifecycle {

    static final Duration INTERVAL = Duration.ofSeconds(2);
    static final Duration GRACE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);

    private final EmbeddedDatabase database;
    private final ApplicationEventPublisher events;
    private ScheduledExecutorService executor;
    private long stoppedAt;
    private long deadPid;
    private String lastFailure;
    private boolean broken;

    EmbeddedDatabaseWatchdog(EmbeddedDatabase database, ApplicationEventPublisher events) {
        this.database = database;
        this.events = events;
    }

    /** One look at the server: nothing to do while it runs, a restart when it does not. */
    synchronized void check() {
        if (database.isRunning()) {
            return;
        }
        if (stoppedAt == 0) {
            stoppedAt = System.nanoTime();
            deadPid = database.serverPid();
            log.warn("The embedded PostgreSQL (pid {}) has stopped unexpectedly; starting it again", deadPid);
        }
        try {
            database.restart();
        } catch (RuntimeException e) {
            failed(oneLine(e));
            return;
        }
        log.warn("The embedded PostgreSQL is running again (pid {}), {} ms after pid {} stopped",
                database.serverPid(), (System.nanoTime() - stoppedAt) / 1_000_000, deadPid);
        stoppedAt = 0;
        lastFailure = null;
        if (broken) {
            AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
            broken = false;
        }
    }

    /**
     * The first attempts may fail for a moment (the dead server's processes still leaving); past the
     * grace period the application is broken until the server runs again, and says so once.
     */
    private void failed(String reason) {
        if (System.nanoTime() - stoppedAt < GRACE.toNanos() || reason.equals(lastFailure)) {
            return;
        }
        log.error("The embedded PostgreSQL could not be started again: {}. Liveness is DOWN; trying again every {} s",
                reason, INTERVAL.toSeconds());
        lastFailure = reason;
        if (!broken) {
            AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
            broken = true;
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException | Error e) {
            // a scheduled task that throws is never run again: the watchdog must outlive any surprise
            log.error("The embedded PostgreSQL watchdog failed: {}", oneLine(e));
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-postgres-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::checkQuietly, INTERVAL.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
            executor = null;
        }
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /**
     * Stops after the web server (whose graceful shutdown lets requests in progress finish, on the
     * database) and before the connection pool and the server are closed.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
