package org.idic.crm.app.demo;

import org.idic.crm.domain.support.Copy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Writes a synthetic book of business with PostgreSQL COPY, one table per pass, inside the caller's
 * transaction. Each pass re-simulates the customers from their seeds, so no history is held in memory
 * and the rows are the same however often they are written.
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
        int products = shape.withDetails() ? ProductRows.write(connection, ids, at(shape.firstDay(), 8 * 60, zone)) : 0;
        LongFunction<SyntheticCustomer> customer = i -> SyntheticCustomer.simulate(shape, i, products);
        Rows rows = new Rows(shape, owners, zone, ids);
        long customers = pass(connection, "customer", Rows.CUSTOMER_COLUMNS, customer, rows::customer);
        long contacts = shape.withDetails()
                ? pass(connection, "contact", Rows.CONTACT_COLUMNS, customer, rows::contacts) : 0;
        long orders = pass(connection, "customer_order", Rows.ORDER_COLUMNS, customer, rows::orders);
        long lines = shape.withDetails()
                ? pass(connection, "order_line", Rows.LINE_COLUMNS, customer, rows::lines) : 0;
        long interactions = pass(connection, "interaction", Rows.INTERACTION_COLUMNS, customer, rows::interactions);
        long complaints = pass(connection, "complaint", Rows.COMPLAINT_COLUMNS, customer, rows::complaints);
        ids.advanceSequences(connection, customers, orders);
        try (Statement s = connection.createStatement()) {
            s.execute("analyze customer, contact, customer_order, order_line, interaction, complaint");
        }
        return new Written(customers, contacts, orders, lines, interactions, complaints,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private long pass(Connection connection, String table, String columns, LongFunction<SyntheticCustomer> customers,
            RowWriter writer) throws SQLException {
        ids.startPass();
        try (Copy copy = new Copy(connection, table, columns)) {
            for (long i = 0; i < shape.customers(); i++) {
                writer.write(customers.apply(i), copy);
            }
            return copy.rows();
        }
    }

    @FunctionalInterface
    interface RowWriter {
        void write(SyntheticCustomer customer, Copy copy) throws SQLException;
    }

    static OffsetDateTime at(LocalDate day, int minuteOfDay, ZoneId zone) {
        return day.atStartOfDay(zone).plusMinutes(minuteOfDay).toOffsetDateTime();
    }
}
