package org.idic.crm.app.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.idic.crm.app.backup.Backup;
import org.idic.crm.app.backup.Restore;
import org.idic.crm.app.database.EmbeddedDatabase;
import org.idic.crm.app.database.EmbeddedDatabaseException;

/**
 * {@code restore --from FILE}: a backup into a new embedded database, in a data directory that is
 * empty or does not exist yet (never over data). On any failure the directory is left as it was found.
 * Also the way to a new PostgreSQL major version: back up with the old CRM, restore with the new.
 */
final class RestoreJob implements Commands.StandaloneJob {

    @Override
    public Set<String> options() {
        return Set.of("from");
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) {
        String from = line.options().get("from");
        if (from == null) {
            throw new CommandLine.UsageException("restore needs --from FILE");
        }
        Path file = Path.of(from).toAbsolutePath().normalize();
        CommandEnvironment environment = new CommandEnvironment(line.springArguments());
        if (environment.datasourceUrl() != null) {
            throw new CommandLine.UsageException("restore loads a backup into the embedded database only; for a "
                    + "PostgreSQL of your own use pg_restore (docs/operations.md)");
        }
        Path dir = environment.dataDirectory();
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return 2;
        }
        if (!isEmpty(dir)) {
            err.println(dir + ": not empty; a backup is restored into a new or empty data directory (choose one with "
                    + "--crm.data-dir=DIRECTORY), never over data");
            return 2;
        }
        long started = System.nanoTime();
        boolean existed = Files.exists(dir);
        try (Restore restore = Restore.open(file)) {
            Backup.Summary summary;
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dir);
                    Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                            database.password())) {
                summary = restore.into(c, Flyway.configure().dataSource(database.jdbcUrl(), database.username(),
                        database.password()).locations(environment.flywayLocations()), out);
            } catch (SQLException | IOException | RuntimeException e) {
                removeWhatWasMade(dir, existed);
                throw e;
            }
            out.printf("Restored %d tables, %s rows (backup of %s, schema version %s) into %s in %,d ms%n",
                    summary.tables(), Commands.thousands(summary.rows()), restore.createdAt(), summary.schemaVersion(),
                    dir, (System.nanoTime() - started) / 1_000_000);
            out.println("Start the CRM on it with --crm.data-dir=" + dir);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return 2;
        } catch (EmbeddedDatabaseException e) {
            err.println(file + ": " + e.getMessage() + " " + e.action());
            return 1;
        } catch (SQLException | IOException | RuntimeException e) {
            err.println(file + ": " + Commands.rootMessage(e) + " (nothing was restored; " + dir + " is as before)");
            return 1;
        }
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The directory was empty or absent before: what is in it now, the restore made. */
    private static void removeWhatWasMade(Path dir, boolean existed) {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                deleteTree(entry);
            }
            if (!existed) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // reported with the failure that led here; the directory may need clearing by hand
        }
    }
}
