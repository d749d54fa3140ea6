package org.idic.crm.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.idic.crm.CrmApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The drill "kill -9 in the middle of an import", on the embedded database: an {@code import} command in a JVM
 * of its own is killed while it writes the customers (held there by a trigger that sleeps on the first new
 * row). Nothing of the file is left behind (no customer, no import recorded), and after the next start the same
 * file imports completely (its counts printed by the command).
 */
class ImportKillDrillTest {

    static final int ROWS = 500;

    @TempDir
    Path dir;

    @Test
    void anImportKilledWhileWritingLeavesNothingAndTheSameFileImportsAfterTheNextStart() throws Exception {
        Path file = Files.writeString(dir.resolve("customers.csv"), "number,name,city\n" + IntStream
                .rangeClosed(1, ROWS).mapToObj(i -> "K-%04d,Customer %d,Shanghai".formatted(i, i))
                .collect(Collectors.joining("\n", "", "\n")));
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isZero();
            jdbc.execute("""
                    create function drill_stall() returns trigger language plpgsql as $$
                    begin perform pg_sleep(3600); return new; end $$""");
            jdbc.execute("create trigger drill_stall before insert on customer for each row"
                    + " execute function drill_stall()");
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CrmApplication.class.getName(), "import", "--kind",
                "customers", "--file", file.toString(), "--owner", "rep1", "--as", "admin",
                "--crm.data-dir=" + dir, "--crm.demo.book=false").redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            // the import is inside its one transaction, at the first customer it writes
            await().atMost(Duration.ofMinutes(10)).ignoreExceptions().until(() -> {
                EmbeddedDatabase.Running server = EmbeddedDatabase.runningOn(dir).orElseThrow();
                return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.username(),
                        server.password()));
            }, j -> j.queryForObject("select count(*) from pg_stat_activity where wait_event = 'PgSleep'",
                    Integer.class) == 1);
        } finally {
            child.destroyForcibly().waitFor(); // kill -9: no shutdown hook, no rollback by the application
        }

        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from import_batch", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from import_record", Integer.class)).isZero();
            jdbc.execute("drop trigger drill_stall on customer");
        }

        Process again = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CrmApplication.class.getName(), "import", "--kind",
                "customers", "--file", file.toString(), "--owner", "rep1", "--as", "admin",
                "--crm.data-dir=" + dir, "--crm.demo.book=false").redirectErrorStream(true)
                .redirectOutput(dir.resolve("again.log").toFile()).start();
        String log = dir.resolve("again.log").toString();
        assertThat(again.waitFor()).as(log).isZero();
        assertThat(Files.readString(dir.resolve("again.log"))).contains("customers import: " + ROWS + " rows; created "
                + ROWS + ",");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CrmApplication.class).run("--server.port=0", "--crm.data-dir=" + dir,
                "--crm.demo.book=false");
    }
}
