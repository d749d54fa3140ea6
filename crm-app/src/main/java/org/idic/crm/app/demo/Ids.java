package org.idic.crm.app.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the new rows' ids and numbers start (after whatever the tables hold already), and the
 * sequences brought up to date afterwards so that the application continues after them.
 */
final class Ids {

    long customerBase;
    long contactBase;
    long orderBase;
    long lineBase;
    long interactionBase;
    long complaintBase;
    long productBase;
    long customerNumberBase;
    long orderNumberBase;
    /** Rows written so far, for the tables whose ids are not derived from the customer index. */
    long contacts;
    long orders;
    long lines;
    long interactions;
    long complaints;

    void read(Connection c) throws SQLException {
        customerBase = max(c, "select coalesce(max(id), 0) from customer");
        contactBase = max(c, "select coalesce(max(id), 0) from contact");
        orderBase = max(c, "select coalesce(max(id), 0) from customer_order");
        lineBase = max(c, "select coalesce(max(id), 0) from order_line");
        interactionBase = max(c, "select coalesce(max(id), 0) from interaction");
        complaintBase = max(c, "select coalesce(max(id), 0) from complaint");
        productBase = max(c, "select coalesce(max(id), 0) from product");
        customerNumberBase = max(c, "select coalesce(max(substring(customer_number from 3)::bigint), 0) from customer"
                + " where customer_number ~ '^C-[0-9]+$'");
        orderNumberBase = max(c, "select coalesce(max(substring(order_number from 3)::bigint), 0) from customer_order"
                + " where order_number ~ '^O-[0-9]+$'");
    }

    /** A copy, for a chunk of customers whose rows start where the counters stand now. */
    Ids copy() {
        Ids copy = new Ids();
        copy.customerBase = customerBase;
        copy.contactBase = contactBase;
        copy.orderBase = orderBase;
        copy.lineBase = lineBase;
        copy.interactionBase = interactionBase;
        copy.complaintBase = complaintBase;
        copy.productBase = productBase;
        copy.customerNumberBase = customerNumberBase;
        copy.orderNumberBase = orderNumberBase;
        copy.contacts = contacts;
        copy.orders = orders;
        copy.lines = lines;
        copy.interactions = interactions;
        copy.complaints = complaints;
        return copy;
    }

    long customerId(long index) {
        return customerBase + index + 1;
    }

    static String customerNumber(long n) {
        return "C-" + pad(n, 7);
    }

    static String orderNumber(long n) {
        return "O-" + pad(n, 8);
    }

    private static String pad(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    void advanceSequences(Connection c, long customers, long orders) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : new String[] {"customer", "contact", "customer_order", "order_line", "interaction",
                "complaint", "product"}) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), greatest(1, (select coalesce("
                        + "max(id), 0) from " + table + ")))");
            }
            s.execute("select setval('customer_number_seq', " + Math.max(1, customerNumberBase + customers) + ")");
            s.execute("select setval('order_number_seq', " + Math.max(1, orderNumberBase + orders) + ")");
        }
    }

    private static long max(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
