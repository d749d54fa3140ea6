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
import java.util.List;
import org.idic.crm.domain.support.Copy;

/**
 * Writes a synthetic book of business with PostgreSQL COPY inside the caller's transaction. Each
 * customer is simulated once from its seed (so the rows are the same however often they are written)
 * and nothing but the current customer is held in memory.
 */
public final class SyntheticBookWriter {

    /** Someone who can own customers. */
    public record Owner(long userId, long teamId) {
    }

    /** What was written. */
    public record Written(long customers, long contacts, long orders, long orderLines, long interactions,
            long complaints, Duration took) {
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
        ids.read(connection);
        boolean withoutTriggers = skipForeignKeyChecks(connection);
        long interactionsBefore = maxId(connection, "interaction");
        int products = shape.withDetails()
                ? ProductRows.write(connection, ids, Timestamps.at(shape.firstDay(), 8 * 60, zone)) : 0;
        Rows rows = new Rows(shape, owners, zone, ids);
        Path folder = temporaryFolder();
        // one simulation per customer: the customers go straight into COPY, the rest wait in files until
        // the rows they refer to exist
        Copy customers = new Copy(connection, "customer", Rows.CUSTOMER_COLUMNS);
        try (Copy contacts = Copy.toFile(folder.resolve("contact.csv"));
                Copy orders = Copy.toFile(folder.resolve("customer_order.csv"));
                Copy lines = Copy.toFile(folder.resolve("order_line.csv"));
                Copy interactions = Copy.toFile(folder.resolve("interaction.csv"));
                Copy complaints = Copy.toFile(folder.resolve("complaint.csv"))) {
            for (long i = 0; i < shape.customers(); i++) {
                SyntheticCustomer customer = SyntheticCustomer.simulate(shape, i, products);
                rows.customer(customer, customers);
                if (shape.withDetails()) {
                    rows.contacts(customer, contacts);
                }
                rows.orders(customer, orders, lines);
                rows.interactions(customer, interactions);
                rows.complaints(customer, complaints);
            }
            customers.close();
        }
        long contactRows = Copy.fromFile(connection, "contact", Rows.CONTACT_COLUMNS, folder.resolve("contact.csv"));
        long orderRows = Copy.fromFile(connection, "customer_order", Rows.ORDER_COLUMNS,
                folder.resolve("customer_order.csv"));
        long lineRows = Copy.fromFile(connection, "order_line", Rows.LINE_COLUMNS, folder.resolve("order_line.csv"));
        long interactionRows = Copy.fromFile(connection, "interaction", Rows.INTERACTION_COLUMNS,
                folder.resolve("interaction.csv"));
        long complaintRows = Copy.fromFile(connection, "complaint", Rows.COMPLAINT_COLUMNS,
                folder.resolve("complaint.csv"));
        deleteFolder(folder);
        if (withoutTriggers) {
            // the triggers that keep the team report's daily counts did not fire: count the new rows at once
            try (Statement s = connection.createStatement()) {
                s.execute("select count_interactions_after(" + interactionsBefore + ")");
            }
        }
        ids.advanceSequences(connection, customers.rows(), orderRows);
        try (Statement s = connection.createStatement()) {
            s.execute("analyze customer, contact, customer_order, order_line, interaction, complaint");
        }
        return new Written(customers.rows(), contactRows, orderRows, lineRows, interactionRows, complaintRows,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The generated rows refer only to rows generated before them, so checking every foreign key on
     * the way in costs 40% of the load for nothing. Skipping needs superuser rights (the embedded
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

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                var rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
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
