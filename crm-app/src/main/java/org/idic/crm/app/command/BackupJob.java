package org.idic.crm.app.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.idic.crm.app.backup.Backup;
import org.idic.crm.app.database.EmbeddedDatabase;
import org.idic.crm.app.database.EmbeddedDatabaseException;

/**
 * {@code backup --to FILE}: a consistent backup of the CRM's database, online. On the embedded database
 * it goes through the server of the CRM running on the data directory, or starts that server itself
 * when no CRM runs; with {@code spring.datasource.url} it reads that database.
 */
final class BackupJob implements Commands.StandaloneJob {

    @Override
    public Set<String> options() {
        return Set.of("to");
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) {
        String to = line.options().get("to");
        if (to == null) {
            throw new CommandLine.UsageException("backup needs --to FILE");
        }
        Path file = Path.of(to).toAbsolutePath().normalize();
        if (Files.exists(file)) {
            err.println(file + ": exists already; a backup never overwrites a file, choose a new name");
            return 2;
        }
        if (!Files.isDirectory(file.getParent())) {
            err.println(file + ": the folder " + file.getParent() + " does not exist");
            return 2;
        }
        CommandEnvironment environment = new CommandEnvironment(line.springArguments());
        long started = System.nanoTime();
        try {
            Backup.Summary summary;
            if (environment.datasourceUrl() != null) {
                try (Connection c = DriverManager.getConnection(environment.datasourceUrl(),
                        environment.datasourceUsername(), environment.datasourcePassword())) {
                    summary = write(c, file, out);
                }
            } else {
                Path dir = environment.dataDirectory();
                if (!EmbeddedDatabase.holdsDatabase(dir)) {
                    err.println(dir + ": no CRM database in this data directory, nothing to back up");
                    return 2;
                }
                summary = embedded(dir, file, out);
            }
            out.printf("Backed up %d tables, %s rows (schema version %s, PostgreSQL %s) to %s: %,d KB in %,d ms%n",
                    summary.tables(), Commands.thousands(summary.rows()), summary.schemaVersion(),
                    summary.postgresVersion(), file, summary.bytes() / 1024, (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (EmbeddedDatabaseException e) {
            err.println(file + ": " + e.getMessage() + " " + e.action());
            return 1;
        } catch (SQLException | IOException | RuntimeException e) {
            err.println(file + ": " + Commands.rootMessage(e));
            return 1;
        }
    }

    private static Backup.Summary embedded(Path dir, Path file, PrintStream out) throws SQLException, IOException {
        Optional<EmbeddedDatabase.Running> running = EmbeddedDatabase.runningOn(dir);
        if (running.isPresent()) {
            out.println("A CRM is running on " + dir + ": backing up through its database server");
            try (Connection c = DriverManager.getConnection(running.get().jdbcUrl(), running.get().username(),
                    running.get().password())) {
                return write(c, file, out);
            }
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir);
                Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                        database.password())) {
            return write(c, file, out);
        }
    }

    private static Backup.Summary write(Connection c, Path file, PrintStream out) throws SQLException, IOException {
        return Backup.write(c, file, Commands.version(), out);
    }
}
