package org.idic.crm.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a backup into an empty database: the CRM's migrations up to the backup's schema version make
 * the tables, the application's partitions are made again, then every table's rows are copied in, in
 * one transaction that first empties the tables (so that PostgreSQL writes them without the
 * write-ahead log and flushes them once at commit), with triggers and foreign-key checks off as in
 * pg_restore (the rows come from one consistent snapshot, and triggers that count would count twice).
 * Every table's row count and checksum are checked against the backup's before the commit.
 */
public final class Restore implements AutoCloseable {

    private final ZipFile zip;
    private final Manifest manifest;

    private Restore(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens a backup file and reads its manifest; {@link IllegalArgumentException} if it is not one. */
    public static Restore open(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new IllegalArgumentException("not a CRM backup (not a zip file)", e);
        }
        try {
            ZipEntry entry = zip.getEntry("manifest.json");
            if (entry == null) {
                throw new IllegalArgumentException("not a CRM backup (no manifest.json in it)");
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = ManifestJson.read(in.readAllBytes());
            }
            if (!Manifest.FORMAT.equals(manifest.format())) {
                throw new IllegalArgumentException("a backup in a format this CRM does not know (" + manifest.format()
                        + "; this CRM reads " + Manifest.FORMAT + ")");
            }
            for (Manifest.Table table : manifest.tables()) {
                if (zip.getEntry(table.entry()) == null) {
                    throw new IllegalArgumentException("incomplete: " + table.entry() + " is missing");
                }
            }
            return new Restore(zip, manifest);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * Whether this CRM has the migrations that make the backup's schema (a backup of a newer CRM needs
     * that newer CRM).
     */
    private void checkSchemaKnown(Flyway flyway) {
        MigrationVersion wanted = MigrationVersion.fromVersion(manifest.schemaVersion());
        MigrationVersion known = java.util.Arrays.stream(flyway.info().all()).map(m -> m.getVersion())
                .filter(java.util.Objects::nonNull).max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        if (wanted.isNewerThan(known)) {
            throw new IllegalArgumentException("made by a newer version of the CRM (schema version " + wanted
                    + "; this version knows up to " + known + "): restore it with that version or a later one");
        }
    }

    /** Each table's row count and checksum, as the backup recorded them. */
    java.util.Map<String, String> tableChecksums() {
        java.util.Map<String, String> sums = new java.util.TreeMap<>();
        manifest.tables().forEach(t -> sums.put(t.name(), t.rows() + " " + t.checksum()));
        return sums;
    }

    public String schemaVersion() {
        return manifest.schemaVersion();
    }

    public String createdAt() {
        return manifest.createdAt();
    }

    /** Makes the schema with the CRM's migrations, up to the backup's version, and loads the rows. */
    public Backup.Summary into(Connection c, FluentConfiguration migrations, PrintStream progress)
            throws SQLException, IOException {
        checkSchemaKnown(migrations.load());
        migrations.target(MigrationVersion.fromVersion(manifest.schemaVersion())).load().migrate();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            Session.settings(s);
            s.execute("set local session_replication_role = replica");
            makePartitions(s, Catalog.existing(c));
            // cascade: to the partitioned tables whose foreign keys refer to these, all of which are loaded here
            s.execute("truncate " + String.join(", ", manifest.tables().stream().map(t -> Catalog.quote(t.name()))
                    .toList()) + " cascade");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Manifest.Table table : manifest.tables()) {
                try (InputStream in = zip.getInputStream(zip.getEntry(table.entry()))) {
                    long rows = copy.copyIn("copy " + Catalog.quote(table.name()) + " ("
                            + Catalog.columnList(table.columns()) + ") from stdin", in);
                    if (rows != table.rows()) {
                        throw new IOException(table.entry() + " holds " + rows + " rows, the manifest says "
                                + table.rows());
                    }
                }
                verify(copy, table);
                progress.printf("  %-28s %,12d rows, checksum verified%n", table.name(), table.rows());
            }
            setSequences(c);
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        return new Backup.Summary(manifest.tables().size(), manifest.rows(), manifest.schemaVersion(),
                manifest.postgresVersion(), 0);
    }

    private void makePartitions(Statement s, Set<String> existing) throws SQLException {
        for (Manifest.Table table : manifest.tables()) {
            boolean partition = manifest.partitions().stream().anyMatch(p -> p.name().equals(table.name()));
            if (!existing.contains(table.name()) && !partition) {
                throw new IllegalArgumentException("table " + table.name() + " is not in the schema of version "
                        + manifest.schemaVersion() + " and the backup does not say how to make it");
            }
        }
        for (Manifest.Partition p : manifest.partitions()) {
            if (existing.contains(p.name())) {
                continue;
            }
            s.execute("create table " + Catalog.quote(p.name()) + " partition of " + Catalog.quote(p.parent()) + " "
                    + p.bound());
            for (String ddl : concat(p.constraints(), p.indexes())) {
                s.execute(ddl);
            }
        }
    }

    /** Reads the table back and compares it with the backup's checksum, which is taken in any order. */
    private static void verify(CopyManager copy, Manifest.Table table) throws SQLException, IOException {
        RowChecksum loaded = RowChecksum.discarding();
        copy.copyOut("copy " + Catalog.quote(table.name()) + " (" + Catalog.columnList(table.columns())
                + ") to stdout", loaded);
        if (loaded.rows() != table.rows() || !loaded.checksum().equals(table.checksum())) {
            throw new IOException("table " + table.name() + " does not come back as it was backed up (checksum "
                    + loaded.checksum() + ", the backup says " + table.checksum() + ")");
        }
    }

    private void setSequences(Connection c) throws SQLException {
        try (PreparedStatement set = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
            for (Manifest.Sequence sequence : manifest.sequences()) {
                set.setString(1, Catalog.quote(sequence.name()));
                set.setLong(2, sequence.lastValue());
                set.setBoolean(3, sequence.called());
                set.execute();
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
