package org.idic.crm.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.idic.crm.app.database.EmbeddedDatabase;
import org.idic.crm.domain.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the backup and restore commands say when they cannot do their job: one line, {@code FILE: reason},
 * exit status 2 when the command line names something unusable (nothing done) and 1 when the work
 * failed, and never a half-restored data directory. Also: a backup of an older schema (an older CRM)
 * restores, and the CRM's migrations take it the rest of the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupCommandsTest {

    static final String OLDER_SCHEMA = "4";

    @TempDir
    static Path dir;
    Path data;
    Path backup;

    /** A small database at an old schema version, with a few rows, backed up while no CRM runs. */
    @BeforeAll
    void anOldBackup() {
        data = dir.resolve("old");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).target(OLDER_SCHEMA).load()
                    .migrate();
            JdbcTemplate jdbc = Tables.jdbc(db.jdbcUrl(), db.username(), db.password());
            jdbc.update("insert into team (name) values ('East')");
            jdbc.update("insert into app_user (username, password_hash, display_name, role, team_id) values"
                    + " ('east1', '{bcrypt}$2a$10$abcdefghijklmnopqrstuv', 'East One', 'REP', 1)");
        }
        backup = dir.resolve("old.zip");
        CommandRun run = CommandRun.of("backup", "--to", backup.toString(), "--crm.data-dir=" + data);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("(schema version " + OLDER_SCHEMA + ",");
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("keep.txt"), "precious");

        CommandRun run = CommandRun.of("backup", "--to", existing.toString(), "--crm.data-dir=" + data);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(existing.toAbsolutePath()
                + ": exists already; a backup never overwrites a file, choose a new name");
        assertThat(Files.readString(existing)).isEqualTo("precious");
    }

    @Test
    void aDirectoryWithoutADatabaseHasNothingToBackUp() {
        Path empty = dir.resolve("nothing-here");

        CommandRun run = CommandRun.of("backup", "--to", dir.resolve("x.zip").toString(), "--crm.data-dir=" + empty);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(empty.toAbsolutePath()
                + ": no CRM database in this data directory, nothing to back up");
        assertThat(empty).doesNotExist();
    }

    @Test
    void aRestoreGoesIntoAnEmptyDirectoryOnly() throws Exception {
        CommandRun run = CommandRun.of("restore", "--from", backup.toString(), "--crm.data-dir=" + data);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(data.toAbsolutePath() + ": not empty; a backup is restored into a new"
                + " or empty data directory (choose one with --crm.data-dir=DIRECTORY), never over data");
    }

    @Test
    void whatIsNotABackupIsRefusedAndLeavesNothingBehind() throws Exception {
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "just text");
        Path target = dir.resolve("target-1");

        CommandRun run = CommandRun.of("restore", "--from", notABackup.toString(), "--crm.data-dir=" + target);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(notABackup.toAbsolutePath() + ": not a CRM backup (not a zip file)");
        assertThat(target).doesNotExist();
        assertThat(CommandRun.of("restore", "--from", dir.resolve("missing.zip").toString()).err().strip())
                .isEqualTo(dir.resolve("missing.zip").toAbsolutePath() + ": no such file");
    }

    @Test
    void aDamagedBackupFailsTheRestoreAndTheDirectoryIsLeftAsItWas() throws Exception {
        Path damaged = dir.resolve("damaged.zip");
        try (ZipFile in = new ZipFile(backup.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                out.write(entry.getName().equals("data/app_user.copy")
                        ? new String(bytes, "UTF-8").replace("East One", "East Two").getBytes("UTF-8") : bytes);
                out.closeEntry();
            }
        }
        Path target = Files.createDirectories(dir.resolve("target-2"));

        CommandRun run = CommandRun.of("restore", "--from", damaged.toString(), "--crm.data-dir=" + target);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith(damaged.toAbsolutePath() + ": table app_user does not come back as it was"
                + " backed up").contains("(nothing was restored; " + target.toAbsolutePath() + " is as before)")
                .doesNotContain("\tat ");
        try (var left = Files.list(target)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aBackupOfANewerCrmIsRefused() throws Exception {
        Path newer = dir.resolve("newer.zip");
        try (ZipFile in = new ZipFile(backup.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(newer))) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                out.write(entry.getName().equals("manifest.json") ? new String(bytes, "UTF-8")
                        .replace("\"schemaVersion\" : \"" + OLDER_SCHEMA + "\"", "\"schemaVersion\" : \"999\"")
                        .getBytes("UTF-8") : bytes);
                out.closeEntry();
            }
        }
        Path target = dir.resolve("target-3");

        CommandRun run = CommandRun.of("restore", "--from", newer.toString(), "--crm.data-dir=" + target);

        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith(newer.toAbsolutePath() + ": made by a newer version of the CRM "
                + "(schema version 999; this version knows up to ");
        assertThat(target).doesNotExist();
    }

    @Test
    void aBackupOfAnOlderSchemaIsRestoredAtThatVersionAndTheMigrationsTakeItFurther() {
        Path target = dir.resolve("upgraded");

        CommandRun run = CommandRun.of("restore", "--from", backup.toString(), "--crm.data-dir=" + target);

        assertThat(run.status()).as(run.err()).isZero();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(target)) {
            JdbcTemplate jdbc = Tables.jdbc(db.jdbcUrl(), db.username(), db.password());
            assertThat(jdbc.queryForObject("select max(split_part(version, '.', 1)::int) from flyway_schema_history", Integer.class))
                    .isEqualTo(Integer.parseInt(OLDER_SCHEMA));
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).load().migrate();
            assertThat(jdbc.queryForObject("select display_name from app_user where username = 'east1'", String.class))
                    .isEqualTo("East One");
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where split_part(version, '.', 1)::int > "
                    + OLDER_SCHEMA, Integer.class)).isPositive();
        }
    }

    @Test
    void aDatabaseOfOnesOwnIsBackedUpTooAndRestoresIntoTheEmbeddedOne() {
        TestDatabase.Connection own = TestDatabase.newDatabase();
        Flyway.configure().dataSource(own.url(), own.username(), own.password()).load().migrate();
        JdbcTemplate source = Tables.jdbc(own.url(), own.username(), own.password());
        source.update("insert into team (name) values ('West')");
        Path file = dir.resolve("own.zip");

        CommandRun backup = CommandRun.of("backup", "--to", file.toString(), "--spring.datasource.url=" + own.url(),
                "--spring.datasource.username=" + own.username(), "--spring.datasource.password=" + own.password());
        CommandRun restore = CommandRun.of("restore", "--from", file.toString(),
                "--crm.data-dir=" + dir.resolve("from-own"));

        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(restore.status()).as(restore.err()).isZero();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("from-own"))) {
            assertThat(Tables.checksums(Tables.jdbc(db.jdbcUrl(), db.username(), db.password())))
                    .isEqualTo(Tables.checksums(source));
        }
    }

    @Test
    void restoreIsForTheEmbeddedDatabaseOnly() {
        CommandRun run = CommandRun.of("restore", "--from", backup.toString(),
                "--spring.datasource.url=jdbc:postgresql://db.example/crm");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: restore loads a backup into the embedded database only; for a "
                + "PostgreSQL of your own use pg_restore (docs/operations.md)");
    }

    @Test
    void bothNeedTheirFile() {
        assertThat(CommandRun.of("backup").err()).startsWith("error: backup needs --to FILE");
        assertThat(CommandRun.of("restore").status()).isEqualTo(2);
    }
}
