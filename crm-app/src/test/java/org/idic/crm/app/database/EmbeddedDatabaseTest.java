package org.idic.crm.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestart() throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            execute(db, "create table note (text varchar(50))", "insert into note values ('kept')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
                Connection c = connect(db); var rs = c.createStatement().executeQuery("select text from note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void aSecondInstanceOnTheSameDirectoryIsRefusedClearly() {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessage("The data directory " + dir.toAbsolutePath() + " is in use by another running CRM "
                            + "instance.");
        }
    }

    @Test
    void twoInstancesWithDifferentDirectoriesRunSideBySide() throws SQLException {
        try (EmbeddedDatabase one = EmbeddedDatabase.start(dir.resolve("one"));
                EmbeddedDatabase two = EmbeddedDatabase.start(dir.resolve("two"))) {
            assertThat(one.jdbcUrl()).isNotEqualTo(two.jdbcUrl());
            execute(one, "select 1");
            execute(two, "select 1");
        }
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsReportedClearly() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> EmbeddedDatabase.start(file.resolve("data")))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageStartingWith("The data directory " + file.resolve("data"))
                .hasMessageContaining("cannot be created or is not writable");
    }

    @Test
    void connectionsNeedThePassword() {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.username(), "guess").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void aServerLeftRunningByAKilledInstanceIsStoppedAndTheDataIsKept() throws Exception {
        Process crashing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingInstance.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(crashing.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(CrashingInstance.READY)) {
                // start-up output of the other JVM
            }
            assertThat(line).isEqualTo(CrashingInstance.READY);
            crashing.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, the server stays up
        }
        assertThat(Files.exists(dir.resolve("postgres/postmaster.pid"))).isTrue();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir);
                Connection c = connect(db); var rs = c.createStatement().executeQuery("select text from note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("before the crash");
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    private static void execute(EmbeddedDatabase db, String... statements) throws SQLException {
        try (Connection c = connect(db); var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
