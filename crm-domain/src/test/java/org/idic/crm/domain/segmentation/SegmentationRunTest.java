package org.idic.crm.domain.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.segmentation.internal.RunRecords;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@WithTestDatabase
class SegmentationRunTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    Scenario scenario;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    RunRecords records;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void book() {
        scenario.reset();
        for (int i = 0; i < 30; i++) {
            long customer = scenario.customerOf(i % 2 == 0 ? "rep1" : "rep3", "Customer " + i);
            for (int k = 0; k <= i % 5; k++) {
                jdbc.update("insert into customer_order (customer_id, order_number, order_date, status, channel,"
                        + " amount, cost) values (?, 'T-' || nextval('order_number_seq'), ?, 'COMPLETED', 'ONLINE', ?, ?)",
                        customer, AS_OF.minusDays(20L * k + i), 100 + 10 * i, 60 + 5 * i);
            }
        }
        scenario.customerOf("rep2", "A prospect");
    }

    @Test
    void aRunScoresEveryCustomerAndBecomesCurrentWhenComplete() {
        RunOutcome outcome = runs.runNow(RunTrigger.COMMAND, AS_OF, "test");

        RunView run = records.get(outcome.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.current()).isTrue();
        assertThat(run.customers()).isEqualTo(31);
        assertThat(run.settingsVersion()).isEqualTo(1);
        // 30 buyers are below the 200 the model needs: the retention model is used, and the run says why
        assertThat(run.clvModel()).isEqualTo("RETENTION_FALLBACK");
        assertThat(run.fallbackReason()).isEqualTo("clv.fallback.tooFewCustomers");
        assertThat(run.tierCounts()).contains("\"PROSPECT\":1");
        assertThat(run.timings()).contains("\"facts\"", "\"engine\"", "\"write\"");
        assertThat(outcome.stageMillis()).containsKeys("facts", "engine", "write");
        assertThat(jdbc.queryForObject("select count(*) from customer_score where run_id = ?", Integer.class,
                run.id())).isEqualTo(31);
        assertThat(jdbc.queryForObject("select count(*) from run_scores where run_id = ?", Integer.class,
                run.id())).isEqualTo(31);
        assertThat(jdbc.queryForObject("select tier || ' ' || lifecycle || ' ' || relationship from customer_score s"
                + " join customer c on c.id = s.customer_id where c.name = 'A prospect'", String.class))
                .isEqualTo("PROSPECT PROSPECT PROSPECT");
    }

    @Test
    void aFailedRunLeavesThePreviousSnapshotCurrentAndSaysWhy() {
        Long first = runs.runNow(RunTrigger.COMMAND, AS_OF, "test").runId();
        Long next = jdbc.queryForObject("select max(id) + 1 from segmentation_run", Long.class);
        jdbc.execute("create table customer_score_r" + next + " (blocking int)"); // the write will fail on it

        assertThatThrownBy(() -> runs.runNow(RunTrigger.COMMAND, AS_OF, "test"))
                .hasMessageContaining("could not store the scores");

        RunView failed = records.get(next).orElseThrow();
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.failureReason()).contains("customer_score_r" + next);
        assertThat(records.currentRunId()).contains(first);
        assertThat(jdbc.queryForObject("select count(*) from run_scores where run_id = ?", Integer.class, next))
                .isZero();
        jdbc.execute("drop table customer_score_r" + next);
    }

    @Test
    void aSecondRunWhileOneIsGoingIsRefused() {
        jdbc.update("insert into segmentation_run (status, trigger, as_of, settings_version, started_by, started_at,"
                + " heartbeat_at) values ('RUNNING', 'MANUAL', ?, 1, 'admin', now(), now())", AS_OF);

        assertThatThrownBy(() -> runs.runNow(RunTrigger.COMMAND, AS_OF, "test"))
                .isInstanceOf(RunAlreadyInProgressException.class).hasMessageContaining("started by admin");
    }

    @Test
    void aRunWhoseApplicationDiedIsMarkedFailedAndNoLongerBlocks() {
        Long first = runs.runNow(RunTrigger.COMMAND, AS_OF, "test").runId();
        Long dead = jdbc.queryForObject("insert into segmentation_run (status, trigger, as_of, settings_version,"
                + " started_by, started_at, heartbeat_at) values ('RUNNING', 'MANUAL', ?, 1, 'admin',"
                + " now() - interval '10 minutes', now() - interval '5 minutes') returning id", Long.class, AS_OF);

        Long next = runs.runNow(RunTrigger.COMMAND, AS_OF, "test").runId();

        RunView reaped = records.get(dead).orElseThrow();
        assertThat(reaped.status()).isEqualTo(RunStatus.FAILED);
        assertThat(reaped.failureReason()).startsWith("interrupted");
        assertThat(records.currentRunId()).contains(next);
        assertThat(next).isNotEqualTo(first);
    }

    @Test
    void onlyTheNewestFullSnapshotsAreKeptButEveryRunKeepsItsHistory() {
        Long[] ids = new Long[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = runs.runNow(RunTrigger.COMMAND, AS_OF.minusDays(i), "test").runId();
        }

        assertThat(jdbc.queryForList("select distinct run_id from customer_score order by 1", Long.class))
                .containsExactly(ids[2], ids[3], ids[4]);
        assertThat(jdbc.queryForList("select distinct run_id from score_history order by 1", Long.class))
                .containsExactly(ids[0], ids[1]);
        assertThat(jdbc.query("select run_id, count(*) from run_scores group by run_id order by 1",
                (rs, n) -> rs.getLong(1) + ":" + rs.getLong(2)))
                .containsExactly(ids[0] + ":31", ids[1] + ":31", ids[2] + ":31", ids[3] + ":31", ids[4] + ":31");
    }

    @Test
    void repsCannotStartRuns() {
        assertThatThrownBy(() -> runs.startInBackground(scenario.actor("rep1"), AS_OF))
                .isInstanceOf(NotPermittedException.class);
    }
}
