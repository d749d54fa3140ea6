package org.idic.crm.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.idic.crm.CrmApplication;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The drill "kill -9 during a run's write stage", on the embedded database: a {@code segment} command
 * in a JVM of its own is killed while its write transaction is open (held there by a trigger that
 * sleeps at the switch to the new snapshot). At the next start the orphaned PostgreSQL is stopped, the
 * previous snapshot is still current and complete, the dead run is marked failed at once, and the
 * next run succeeds.
 */
@ExtendWith(OutputCaptureExtension.class)
class KillDuringRunDrillTest {

    @TempDir
    Path dir;

    @Test
    void aRunKilledInItsWriteStageLeavesThePreviousSnapshotAndTheNextStartCarriesOn(CapturedOutput output)
            throws Exception {
        // a book of business and its runs: the demo mode's first start (1,000 customers, two runs)
        long previous;
        int customers;
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            previous = jdbc.queryForObject("select run_id from segmentation_current", Long.class);
            customers = jdbc.queryForObject("select count(*) from customer", Integer.class);
            jdbc.execute("""
                    create function drill_stall() returns trigger language plpgsql as $$
                    begin perform pg_sleep(3600); return new; end $$""");
            jdbc.execute("create trigger drill_stall before insert or update on segmentation_current for each row"
                    + " execute function drill_stall()");
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CrmApplication.class.getName(), "segment",
                "--crm.data-dir=" + dir).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        long dead;
        long orphan;
        try {
            // a JVM and a segmentation run on 1,000 customers: seconds on a quiet machine, minutes on a loaded one
            JdbcTemplate childDb = await().atMost(Duration.ofMinutes(10)).ignoreExceptions().until(() -> {
                EmbeddedDatabase.Running server = EmbeddedDatabase.runningOn(dir).orElseThrow();
                return jdbc(server.jdbcUrl(), server.username(), server.password());
            }, j -> j.queryForObject("select count(*) from pg_stat_activity where wait_event = 'PgSleep'",
                    Integer.class) == 1);
            dead = childDb.queryForObject("select id from segmentation_run where status = 'RUNNING' and stage = 'WRITE'",
                    Long.class);
            assertThat(childDb.queryForObject("select count(*) from pg_class where relname = 'customer_score_r' || ?",
                    Integer.class, dead)).as("its partition is not visible outside its transaction").isZero();
            orphan = Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).strip());
        } finally {
            child.destroyForcibly().waitFor(); // kill -9: no shutdown hook, the server stays up
        }
        assertThat(PostgresServer.isAlive(orphan)).as("the orphaned server").isTrue();

        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(output.getOut()).contains("Stopping the PostgreSQL server (pid " + orphan + ") left running by"
                    + " an instance that did not shut down cleanly").contains("Marked 1 segmentation run failed");
            assertThat(PostgresServer.isAlive(orphan)).isFalse();
            assertThat(jdbc.queryForObject("select run_id from segmentation_current", Long.class)).isEqualTo(previous);
            assertThat(jdbc.queryForObject("select count(*) from customer_score where run_id = ?", Integer.class,
                    previous)).isEqualTo(customers);
            assertThat(jdbc.queryForObject("select count(*) from run_scores where run_id = ?", Integer.class, dead))
                    .isZero();
            assertThat(jdbc.queryForObject("select status || ': ' || failure_reason from segmentation_run where id = ?",
                    String.class, dead)).startsWith("FAILED: interrupted: the application stopped during the run");

            jdbc.execute("drop trigger drill_stall on segmentation_current");
            long next = app.getBean(SegmentationRuns.class).runNow(RunTrigger.COMMAND, null, "drill").runId();

            assertThat(jdbc.queryForObject("select run_id from segmentation_current", Long.class)).isEqualTo(next);
            assertThat(jdbc.queryForObject("select count(*) from customer_score where run_id = ?", Integer.class, next))
                    .isEqualTo(customers);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CrmApplication.class).run("--server.port=0", "--crm.data-dir=" + dir);
    }

    private static JdbcTemplate jdbc(String url, String username, String password) {
        return new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, username,
                password));
    }
}
