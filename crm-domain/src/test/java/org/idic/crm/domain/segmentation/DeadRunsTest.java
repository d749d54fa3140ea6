package org.idic.crm.domain.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run whose instance died (kill -9, power cut) holds no run lock any more: the next start marks it
 * failed at once, instead of blocking new runs until its heartbeat goes stale; a run of an instance
 * that is alive holds the lock and is left alone.
 */
@SpringBootTest
@WithTestDatabase
class DeadRunsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    Scenario scenario;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void book() {
        scenario.reset();
        scenario.customerOf("rep1", "Someone");
    }

    @Test
    void aRunLeftRunningByADeadInstanceIsMarkedFailedAtStartAndTheNextRunGoesAhead() {
        Long dead = insertRunningRunWithAFreshHeartbeat();

        assertThat(runs.reapDeadRuns()).isOne();

        RunView reaped = runs.get(dead).orElseThrow();
        assertThat(reaped.status()).isEqualTo(RunStatus.FAILED);
        assertThat(reaped.failureReason()).startsWith("interrupted: the application stopped during the run (last seen ")
                .endsWith("); found at the next start");
        assertThat(reaped.finishedAt()).isNotNull();
        assertThat(runs.get(runs.runNow(RunTrigger.COMMAND, AS_OF, "test").runId()).orElseThrow().status())
                .isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void aRunOfAnInstanceThatIsAliveIsLeftRunningAndStillBlocksASecondRun() throws Exception {
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.createStatement().execute("select pg_advisory_lock(" + SegmentationRuns.LOCK_KEY + ")");
            Long alive = insertRunningRunWithAFreshHeartbeat();

            assertThat(runs.reapDeadRuns()).isZero();

            assertThat(runs.get(alive).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            assertThatThrownBy(() -> runs.runNow(RunTrigger.COMMAND, AS_OF, "test"))
                    .isInstanceOf(RunAlreadyInProgressException.class).hasMessageContaining("run " + alive);
            jdbc.update("delete from segmentation_run where id = ?", alive);
            otherInstance.createStatement().execute("select pg_advisory_unlock(" + SegmentationRuns.LOCK_KEY + ")");
        }
    }

    @Test
    void aRunLetsItsLockGoWhenItEnds() throws Exception {
        runs.runNow(RunTrigger.COMMAND, AS_OF, "test");

        try (Connection someoneElse = dataSource.getConnection();
                var rs = someoneElse.createStatement().executeQuery("select pg_try_advisory_lock("
                        + SegmentationRuns.LOCK_KEY + ")")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("released at the end of the run").isTrue();
            someoneElse.createStatement().execute("select pg_advisory_unlock(" + SegmentationRuns.LOCK_KEY + ")");
        }
        assertThat(jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and database ="
                + " (select oid from pg_database where datname = current_database())", Integer.class)).isZero();
    }

    private Long insertRunningRunWithAFreshHeartbeat() {
        return jdbc.queryForObject("insert into segmentation_run (status, trigger, as_of, settings_version, started_by,"
                + " started_at, heartbeat_at) values ('RUNNING', 'MANUAL', ?, 1, 'admin', now(), now()) returning id",
                Long.class, AS_OF);
    }
}
