package org.idic.crm.app.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a backup: every table's rows with COPY, all read in one REPEATABLE READ, READ ONLY transaction
 * (one snapshot, so the backup is consistent however busy the CRM is: it never blocks a writer), into a
 * zip file with a manifest. The schema is not in it: the restore makes it with the CRM's own migrations,
 * up to the version the backup names, which is also what carries a backup across PostgreSQL versions.
 * The file appears only when complete, readable by its owner alone (it holds every customer's data).
 */
public final class Backup {

    private Backup() {
    }

    /** Writes the backup of the database behind {@code connection} to {@code file}; returns its manifest. */
    public static Summary write(Connection connection, Path file, String crmVersion, PrintStream progress)
            throws SQLException, IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "exists already; choose a new name (a backup "
                    + "never overwrites one)");
        }
        Path parent = file.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".partial");
        try {
            restrictToOwner(partial);
            Manifest manifest;
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_SPEED);
                manifest = dump(connection, zip, crmVersion, progress);
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(ManifestJson.write(manifest));
                zip.closeEntry();
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(manifest.tables().size(), manifest.rows(), manifest.schemaVersion(),
                    manifest.postgresVersion(), Files.size(file));
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** What was written. */
    public record Summary(int tables, long rows, String schemaVersion, String postgresVersion, long bytes) {
    }

    private static Manifest dump(Connection c, ZipOutputStream zip, String crmVersion, PrintStream progress)
            throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("start transaction isolation level repeatable read, read only");
            Session.settings(s);
            String createdAt = Instant.now().toString();
            String schema = SchemaVersion.of(c);
            String server = Session.serverVersion(s);
            List<Catalog.TableInfo> infos = Catalog.tables(c);
            lockAgainstDrops(s, infos);
            List<Manifest.Table> tables = new ArrayList<>();
            List<Manifest.Partition> partitions = new ArrayList<>();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Catalog.TableInfo info : infos) {
                Manifest.Table shell = new Manifest.Table(info.name(), info.columns(), 0, null);
                zip.putNextEntry(new ZipEntry(shell.entry()));
                RowChecksum rows = new RowChecksum(zip);
                copy.copyOut("copy " + Catalog.quote(info.name()) + " (" + Catalog.columnList(info.columns())
                        + ") to stdout", rows);
                zip.closeEntry();
                tables.add(new Manifest.Table(info.name(), info.columns(), rows.rows(), rows.checksum()));
                if (info.partition()) {
                    partitions.add(Catalog.partition(c, info));
                }
                progress.printf("  %-28s %,12d rows%n", info.name(), rows.rows());
            }
            List<Manifest.Sequence> sequences = Catalog.sequences(c);
            s.execute("commit");
            return new Manifest(Manifest.FORMAT, createdAt, crmVersion, schema, server, tables, partitions,
                    sequences);
        } catch (SQLException | IOException | RuntimeException e) {
            try (Statement s = c.createStatement()) {
                s.execute("rollback");
            } catch (SQLException ignored) {
                // the connection is gone with the transaction
            }
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * A segmentation run retires old score partitions (drops them); a table dropped while the backup
     * reads could not be read at all. The lock waits for nothing but a drop or a truncate, and makes
     * those wait until the backup is done.
     */
    private static void lockAgainstDrops(Statement s, List<Catalog.TableInfo> tables) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        s.execute("set local lock_timeout = '60s'");
        s.execute("lock table " + String.join(", ", tables.stream().map(t -> Catalog.quote(t.name())).toList())
                + " in access share mode");
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            // the folder's permissions have to do
        }
    }
}
