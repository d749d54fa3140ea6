package org.idic.crm.app.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from binaries shipped in the jar, its data in {@code <data-dir>/postgres}
 * so that it survives restarts, its log in {@code <data-dir>/postgres/log}. Listens on localhost only, on
 * a free port, with a password made on first start. Durable: fsync and full-page writes are on (the
 * start refuses a server that says otherwise), and a server that dies is started again on the same
 * port ({@link #restart()}, called by the watchdog), so that the connection pool finds it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "crm";
    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final DataDirectory directory;
    private final PostgresServer server;
    private final String password;
    private boolean closed;

    private EmbeddedDatabase(DataDirectory directory, PostgresServer server, String password) {
        this.directory = directory;
        this.server = server;
        this.password = password;
    }

    /** Starts the server in the data directory, creating it on first use. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        PostgresBinaries binaries = binaries(); // first: a jar without them says so before creating anything
        DataDirectory directory = DataDirectory.claim(dataDirectory);
        PostgresServer server = null;
        try {
            Path data = directory.postgresData();
            DataVersion.check(directory.root(), data, binaries.majorVersion());
            OrphanedServer.stopIfRunning(data, binaries);
            String password = directory.databasePassword();
            server = new PostgresServer(binaries, data, freePort(), settings());
            if (!PostgresServer.initialised(data)) {
                server.initdb(directory.passwordFile());
            }
            requirePasswords(data);
            server.start();
            EmbeddedDatabase database = new EmbeddedDatabase(directory, server, password);
            database.secureAndCreateDatabase();
            database.checkDurability();
            log.info("Embedded PostgreSQL {} is running on port {} with its data in {}", binaries.version(),
                    server.port(), data);
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            if (server != null && server.running()) {
                server.stop();
            }
            directory.close();
            if (e instanceof EmbeddedDatabaseException known) {
                throw known;
            }
            throw new EmbeddedDatabaseException("The embedded PostgreSQL in " + directory.postgresData()
                    + " could not start: " + rootMessage(e), "Its log is in " + directory.postgresData().resolve("log")
                    + ". The data directory was left as it is; if it is damaged, restore your latest backup into a new "
                    + "directory (restore --from FILE --crm.data-dir=NEW_DIRECTORY, see docs/operations.md).", e);
        }
    }

    private static PostgresBinaries binaries() {
        try {
            return PostgresBinaries.bundled();
        } catch (EmbeddedDatabaseException known) {
            throw known;
        } catch (RuntimeException e) {
            throw new EmbeddedDatabaseException("The bundled PostgreSQL could not be made ready: " + rootMessage(e),
                    "It is unpacked into " + System.getProperty("java.io.tmpdir") + ": check that this folder is "
                    + "writable and has about 100 MB free, or choose another with -Djava.io.tmpdir=DIRECTORY.", e);
        }
    }

    /**
     * The server's settings. fsync, full-page writes and synchronous commit are the defaults, named here
     * because zonky's test-oriented start used to turn fsync off, and a CRM must not lose a committed
     * change to an operating-system crash or a power cut.
     */
    static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listen_addresses", "localhost");
        settings.put("fsync", "on");
        settings.put("full_page_writes", "on");
        settings.put("synchronous_commit", "on");
        settings.put("timezone", "UTC");
        settings.put("shared_buffers", "256MB");
        settings.put("work_mem", "32MB");
        settings.put("maintenance_work_mem", "256MB");
        settings.put("max_wal_size", "2GB");
        settings.put("max_connections", "60");
        // no replication from the embedded server: a table created or truncated and filled in one
        // transaction (a segmentation run's scores, a restore) then skips the write-ahead log and is
        // flushed to disk once at commit instead
        settings.put("wal_level", "minimal");
        settings.put("max_wal_senders", "0");
        // the server's own log, a file per weekday, overwritten a week later
        settings.put("logging_collector", "on");
        settings.put("log_directory", "log");
        settings.put("log_filename", "postgresql-%a.log");
        settings.put("log_truncate_on_rotation", "on");
        settings.put("log_rotation_age", "1d");
        settings.put("log_rotation_size", "0");
        return settings;
    }

    /** Whether a CRM data directory with a database is there. */
    public static boolean holdsDatabase(Path dataDirectory) {
        return PostgresServer.initialised(dataDirectory.resolve("postgres"));
    }

    /** How to reach the server of a CRM that runs on this data directory now. */
    public record Running(String jdbcUrl, String username, String password) {
    }

    /**
     * The server of the CRM that holds this data directory at the moment (its port is in the server's
     * lock file, its password in the directory), if one does.
     */
    public static Optional<Running> runningOn(Path dataDirectory) {
        if (!DataDirectory.inUse(dataDirectory)) {
            return Optional.empty();
        }
        try {
            List<String> pid = Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid"));
            String password = Files.readString(dataDirectory.resolve("postgres.password")).strip();
            return Optional.of(new Running("jdbc:postgresql://localhost:" + Integer.parseInt(pid.get(3).strip()) + "/"
                    + DATABASE, USER, password));
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseException("The CRM running on " + dataDirectory + " has no database server "
                    + "running at the moment (" + e.getMessage() + ").", "Try again when it runs.", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.port() + "/" + DATABASE;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** The data directory given at start, made absolute. */
    public Path dataDirectory() {
        return directory.root();
    }

    /** Whether the server process is running. */
    public boolean isRunning() {
        return server.running();
    }

    /** The server's process id. */
    public long serverPid() {
        return server.pid();
    }

    /**
     * Starts the server again after it died, on the same port and data directory: PostgreSQL recovers
     * committed work from its write-ahead log, and pooled connections reconnect to the same address.
     */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("the embedded database is closed");
        }
        if (server.running()) {
            return;
        }
        server.start();
    }

    /**
     * Every connection needs the password (data directories made by earlier versions trusted every local
     * user). Written before the server starts, so that it reads it as it starts.
     */
    private static void requirePasswords(Path data) throws IOException {
        Path hba = data.resolve("pg_hba.conf");
        String wanted = """
                # written by IDIC CRM: every connection needs the password
                local   all   all                  scram-sha-256
                host    all   all   127.0.0.1/32   scram-sha-256
                host    all   all   ::1/128        scram-sha-256
                """;
        if (!Files.readString(hba).equals(wanted)) {
            Files.writeString(hba, wanted);
        }
    }

    /** Sets the password (safe to repeat on every start) and creates the application's database. */
    private void secureAndCreateDatabase() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + server.port() + "/postgres";
        try (Connection c = DriverManager.getConnection(url, USER, password); Statement s = c.createStatement()) {
            s.execute("alter user postgres password '" + password.replace("'", "''") + "'");
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            }
        }
    }

    /** Refuses a server that would lose committed changes in an operating-system crash. */
    private void checkDurability() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, password)) {
            for (String setting : new String[] {"fsync", "full_page_writes"}) {
                try (var rs = c.createStatement().executeQuery("show " + setting)) {
                    rs.next();
                    if (!"on".equals(rs.getString(1))) {
                        throw new EmbeddedDatabaseException("The embedded PostgreSQL in " + directory.postgresData()
                                + " runs with " + setting + " off: an operating-system crash or a power cut could lose "
                                + "committed changes or corrupt the database.", "Remove whatever turns " + setting
                                + " off (postgresql.auto.conf, a changed start command) and start again.", null);
                    }
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (server.running()) {
                server.stop();
            }
        } catch (RuntimeException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            directory.close();
        }
    }
}
