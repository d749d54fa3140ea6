package org.idic.crm.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.idic.crm.domain.support.Copy;
import java.util.Map;

/**
 * Writes a synthetic book of business with PostgreSQL binary COPY inside the caller's transaction. Each
 * customer is simulated once from its seed (so the rows are the same however often, and on however many
 * cores, they are written), chunks of customers are turned into rows on every core, and only a few chunks
 * are held in memory at a time.
 */
public final class SyntheticBookWriter {

    /** Someone who can own customers. */
    public record Owner(long userId, long teamId) {
    }

    /** What was written, how long it took, and how long each stage took (in milliseconds, in order). */
    public record Written(long customers, long contacts, long orders, long orderLines, long interactions,
            long complaints, Duration took, Map<String, Long> stages) {
    }

    private final BookShape shape;
    private final List<Owner> owners;
    private final ZoneId zone;
    private final Ids ids = new Ids();

    public SyntheticBookWriter(BookShape shape, List<Owner> owners, ZoneId zone) {
        if (owners.isEmpty()) {
            throw new IllegalArgumentException("a book needs at least one rep to own the customers");
        }
        this.shape = shape;
        this.owners = List.copyOf(owners);
        this.zone = zone;
    }

    public Written write(Connection connection) throws SQLException {
        long started = System.nanoTime();
        Map<String, Long> stages = new LinkedHashMap<>();
        boolean withoutTriggers = skipForeignKeyChecks(connection);
        BulkLoad bulk = BulkLoad.prepare(connection, Arrays.stream(Table.values()).map(t -> t.table).toList());
        ids.read(connection);
        long interactionsBefore = ids.interactionBase;
        long customersBefore = ids.customerBase;
        long complaintsBefore = ids.complaintBase;
        int products = shape.withDetails()
                ? ProductRows.write(connection, ids, Timestamps.at(shape.firstDay(), 8 * 60, zone)) : 0;
        // the orders, the largest table, go in while the rows are being made; without foreign-key checks
        // nothing needs the customers to be there first
        Table streamed = withoutTriggers ? Table.ORDER : Table.CUSTOMER;
        long stage = lap(stages, "prepare", started);
        Path folder = temporaryFolder();
        Map<Table, Long> rows;
        try (TableSinks sinks = new TableSinks(connection, streamed, folder)) {
            BookPipeline.run(shape, owners, zone, ids, products, sinks::write);
            stage = lap(stages, "rows made and " + streamed.table + " copied", stage);
            rows = sinks.finish();
            stage = lap(stages, "other tables copied", stage);
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not write the synthetic book: " + e.getMessage(), e);
        } finally {
            deleteFolder(folder);
        }
        if (bulk.bulk()) {
            bulk.finish(connection);
            stage = lap(stages, "indexes built", stage);
        }
        if (withoutTriggers) {
            // the triggers that keep the team report's daily counts and each person's customers and open
            // follow-ups (the team overview) did not fire: count the new rows at once
            try (Statement s = connection.createStatement()) {
                s.execute("select count_interactions_after(" + interactionsBefore + ")");
                s.execute("select count_owner_tallies_after(" + customersBefore + ", " + interactionsBefore + ")");
                s.execute("select count_complaints_after(" + complaintsBefore + ")");
            }
            stage = lap(stages, "team report counts", stage);
        }
        ids.advanceSequences(connection, rows.get(Table.CUSTOMER), rows.get(Table.ORDER));
        try (Statement s = connection.createStatement()) {
            s.execute("analyze customer, contact, customer_order, order_line, interaction, complaint");
        }
        lap(stages, "analyze", stage);
        return new Written(rows.get(Table.CUSTOMER), rows.get(Table.CONTACT), rows.get(Table.ORDER),
                rows.get(Table.LINE), rows.get(Table.INTERACTION), rows.get(Table.COMPLAINT),
                Duration.ofNanos(System.nanoTime() - started), stages);
    }

    private static long lap(Map<String, Long> stages, String name, long since) {
        long now = System.nanoTime();
        stages.put(name, (now - since) / 1_000_000);
        return now;
    }

    /**
     * The generated rows refer only to rows generated with them or before them, so checking every foreign
     * key on the way in costs 40% of the load for nothing. Skipping needs superuser rights (the embedded
     * database has them); without them the checks simply run. Returns whether they (and with them every
     * other trigger) are skipped.
     */
    private static boolean skipForeignKeyChecks(Connection connection) throws SQLException {
        var savepoint = connection.setSavepoint();
        try (Statement s = connection.createStatement()) {
            s.execute("set local session_replication_role = replica");
            return true;
        } catch (SQLException notSuperuser) {
            connection.rollback(savepoint);
            return false;
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("crm-generate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
