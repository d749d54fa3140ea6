package org.idic.crm.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.idic.crm.CrmApplication;
import org.idic.crm.app.database.EmbeddedDatabase;
import org.idic.crm.domain.testsupport.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup of the embedded database while the CRM runs, restore into a new data directory: every table
 * comes back identical (row for row, checked here apart from the restore's own check), the sequences go
 * on where they were, and the CRM starts and works on the restored database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    @TempDir
    static Path dir;
    Path original;
    Path file;
    Map<String, String> tablesAtBackup;
    Map<String, String> sequencesAtBackup;
    CommandRun online;

    @BeforeAll
    void aRunningCrmIsBackedUp() {
        original = dir.resolve("original");
        file = dir.resolve("crm-backup.zip");
        try (ConfigurableApplicationContext app = start(original)) {
            // a demo book, two segmentation runs (score partitions made at run time), sign-ins in the audit
            assertThat(new Browser(port(app)).login("manager1", "demo1234").location()).doesNotContain("error");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            tablesAtBackup = Tables.checksums(jdbc);
            sequencesAtBackup = Tables.sequences(jdbc);

            online = CommandRun.of("backup", "--to", file.toString(), "--crm.data-dir=" + original);

            assertThat(Tables.checksums(jdbc)).as("nothing changed meanwhile").isEqualTo(tablesAtBackup);
        }
    }

    @Test
    void theBackupIsTakenThroughTheRunningCrmsServerIntoAFileOnlyItsOwnerReads() throws Exception {
        assertThat(online.status()).as(online.err()).isZero();
        assertThat(online.out()).contains("A CRM is running on " + original.toAbsolutePath()
                + ": backing up through its database server").containsPattern("customer_order +[\\d,]+ rows")
                .containsPattern("Backed up \\d+ tables, [\\d,]+ rows \\(schema version [\\d.]+, PostgreSQL 17\\.\\d+\\)"
                        + " to " + file.toAbsolutePath());
        assertThat(online.err()).isEmpty();
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
            assertThat(zip.getEntry("data/customer.copy")).isNotNull();
            assertThat(zip.stream().filter(e -> e.getName().startsWith("data/customer_score_r"))).hasSize(2);
        }
        try (var partials = Files.list(dir)) {
            assertThat(partials.filter(p -> p.toString().endsWith(".partial"))).isEmpty();
        }
    }

    @Test
    void aRestoreIntoANewDirectoryGivesIdenticalTablesAndTheCrmStartsOnIt() {
        Path restored = dir.resolve("restored");

        CommandRun restore = CommandRun.of("restore", "--from", file.toString(), "--crm.data-dir=" + restored);

        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out()).containsPattern("customer_order +[\\d,]+ rows, checksum verified")
                .containsPattern("Restored \\d+ tables, [\\d,]+ rows \\(backup of \\S+, schema version [\\d.]+\\) into "
                        + restored.toAbsolutePath()).contains("Start the CRM on it with --crm.data-dir=" + restored);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(restored)) {
            JdbcTemplate jdbc = Tables.jdbc(db.jdbcUrl(), db.username(), db.password());
            assertThat(Tables.checksums(jdbc)).isEqualTo(tablesAtBackup);
            assertThat(Tables.sequences(jdbc)).isEqualTo(sequencesAtBackup);
            assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isGreaterThan(900);
        }
        try (ConfigurableApplicationContext app = start(restored)) {
            Browser manager = new Browser(port(app));
            assertThat(manager.login("manager1", "demo1234").location()).doesNotContain("error");
            assertThat(manager.get("/customers").status()).isEqualTo(200);
            assertThat(manager.get("/reports/tiers").status()).isEqualTo(200);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            // the sequences go on after the restored rows: a new row takes a new id
            jdbc.update("insert into team (name) values ('After the restore')");
            assertThat(jdbc.queryForObject("select count(*) from team", Integer.class)).isEqualTo(3);
        }
    }

    @Test
    void aBackupWhileNoCrmRunsHoldsTheSameRows() throws Exception {
        Path offline = dir.resolve("offline.zip");

        CommandRun backup = CommandRun.of("backup", "--to", offline.toString(), "--crm.data-dir=" + original);

        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(backup.out()).doesNotContain("A CRM is running");
        try (Restore a = Restore.open(file); Restore b = Restore.open(offline)) {
            assertThat(b.tableChecksums()).isEqualTo(a.tableChecksums());
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(CrmApplication.class).run("--server.port=0", "--crm.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
