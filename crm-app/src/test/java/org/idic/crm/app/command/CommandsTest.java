package org.idic.crm.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The jobs of the application jar ({@code segment}, {@code generate}, {@code help}) against a database
 * of their own: what they print, what they leave in the database, and their exit status.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandsTest {

    static TestDatabase.Connection db;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        db = TestDatabase.newDatabase();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url(), db.username(), db.password()));
    }

    @Test
    @Order(1)
    void generateWritesTheBookItSaysAndSegmentScoresItStageByStage() {
        Result generated = run("generate", "--customers", "300", "--orders-per-customer", "4", "--seed", "11");

        assertThat(generated.status()).as(generated.err()).isZero();
        assertThat(generated.out()).matches("(?s)Generated 300 customers, [\\d,]+ orders, [\\d,]+ interactions and"
                + " [\\d,]+ complaints in [\\d,]+ ms \\(prepare [\\d,]+ ms, .*commit [\\d,]+ ms\\)\\R");
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).isEqualTo(300);
        long orders = jdbc.queryForObject("select count(*) from customer_order", Long.class);
        assertThat(generated.out()).contains(String.format("%,d orders", orders));
        // the bulk load bypassed the triggers: the team report's daily counts were made afterwards
        assertThat(jdbc.queryForObject("select coalesce(sum(interactions), 0) from interaction_day", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from interaction", Long.class)).isPositive();

        Result segmented = run("segment", "--as-of", "2026-11-30");

        assertThat(segmented.status()).as(segmented.err()).isZero();
        assertThat(segmented.out()).containsPattern("Segmentation run \\d+: 300 customers scored \\(\\w+ model")
                .containsPattern("facts query +[\\d,]+ ms").containsPattern("engine +[\\d,]+ ms  \\(RANKING \\d+")
                .containsPattern("write +[\\d,]+ ms  \\(copy \\d+").containsPattern("total +[\\d,]+ ms   peak heap")
                .containsPattern("migration +[\\d,]+ ms").contains("tiers        {");
        assertThat(jdbc.queryForObject("select as_of from segmentation_run where status = 'SUCCEEDED' order by id desc"
                + " limit 1", LocalDate.class)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(jdbc.queryForObject("select count(*) from customer_score", Long.class)).isEqualTo(300);
    }

    @Test
    void aSecondRunIsRefusedWithExitStatusThreeAndNothingStarts() throws Exception {
        // a run in progress on another instance: its row, and the lock it holds while it lives
        try (Connection otherInstance = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            otherInstance.createStatement().execute("select pg_advisory_lock(" + SegmentationRuns.LOCK_KEY + ")");
            Long running = insertRunningRun();
            try {
                Result result = run("segment");

                assertThat(result.status()).isEqualTo(3);
                assertThat(result.out()).contains("already in progress (run " + running + ", started by admin")
                        .contains("nothing was started");
                assertThat(jdbc.queryForObject("select count(*) from segmentation_run where id > ?", Long.class,
                        running)).isZero();
            } finally {
                jdbc.update("delete from segmentation_run where id = ?", running);
            }
        }
    }

    @Test
    void aRunLeftByAKilledInstanceIsMarkedFailedAtStartAndTheNextRunGoesAhead() {
        // the same row, but its instance is gone and holds no lock: its heartbeat is not even stale yet
        Long dead = insertRunningRun();

        Result result = run("segment");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(jdbc.queryForObject("select status || ': ' || failure_reason from segmentation_run where id = ?",
                String.class, dead)).startsWith("FAILED: interrupted: the application stopped during the run")
                .endsWith("found at the next start");
        assertThat(jdbc.queryForObject("select status from segmentation_run where id > ?", String.class, dead))
                .isEqualTo("SUCCEEDED");
    }

    private static Long insertRunningRun() {
        return jdbc.queryForObject("""
                insert into segmentation_run (status, trigger, as_of, settings_version, started_by, started_at,
                    heartbeat_at) values ('RUNNING', 'MANUAL', current_date, 1, 'admin', now(), now()) returning id""",
                Long.class);
    }

    @Test
    void aWrongCommandLineIsOneLineAndStatusTwoNeverAStackTrace() {
        for (List<String> args : List.of(List.of("segment", "--as-of", "2026-13-45"), List.of("segment", "--nope"),
                List.of("generate"), List.of("generate", "--customers", "many", "--orders-per-customer", "2"),
                List.of("generate", "--customers", "0", "--orders-per-customer", "2"))) {
            Result result = run(args.toArray(String[]::new));
            assertThat(result.status()).as(args.toString()).isEqualTo(2);
            assertThat(result.err()).as(args.toString()).startsWith("error: ").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
        assertThat(run("segment", "--as-of", "2026-13-45").err()).contains("--as-of must be a date YYYY-MM-DD");
    }

    @Test
    void helpListsEveryCommand() {
        Result help = run("--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("segment [--as-of YYYY-MM-DD]", "generate --customers N --orders-per-customer M",
                "benchmark [--repeat N]", "Exit status:");
    }

    private static Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--crm.admin.username=chief",
                "--crm.admin.password=correct horse battery"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Commands.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int status, String out, String err) {
    }
}
