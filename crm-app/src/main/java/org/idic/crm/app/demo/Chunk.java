package org.idic.crm.app.demo;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive customers simulated together (in order, so that each knows where its ids start), then
 * turned into rows on any thread: the rows depend on nothing but the customers and those starting ids.
 */
final class Chunk {

    private final List<SyntheticCustomer> customers;
    private final Ids ids;

    private Chunk(List<SyntheticCustomer> customers, Ids ids) {
        this.customers = customers;
        this.ids = ids;
    }

    /** Simulates customers {@code [first, end)}; moves {@code running} on past their rows. */
    static Chunk simulate(BookShape shape, long first, long end, int products, Rows counting, Ids running) {
        Ids start = running.copy();
        List<SyntheticCustomer> customers = new ArrayList<>((int) (end - first));
        for (long i = first; i < end; i++) {
            SyntheticCustomer c = SyntheticCustomer.simulate(shape, i, products);
            customers.add(c);
            running.contacts += counting.contactCount(c);
            running.orders += c.orders.size();
            running.lines += Rows.lineCount(c);
            running.interactions += c.interactions.size();
            running.complaints += c.complaints.size();
        }
        return new Chunk(customers, start);
    }

    /** The chunk's rows, one set per {@link Table}. */
    CopyRows[] encode(BookShape shape, List<SyntheticBookWriter.Owner> owners, ZoneId zone) {
        Rows rows = new Rows(shape, owners, zone, ids);
        int n = customers.size();
        double perCustomer = Math.max(1, Math.min(shape.ordersPerCustomer(), 100));
        CopyRows[] tables = new CopyRows[Table.values().length];
        tables[Table.CUSTOMER.ordinal()] = new CopyRows(n * 400);
        tables[Table.CONTACT.ordinal()] = new CopyRows(shape.withDetails() ? n * 200 : 0);
        tables[Table.ORDER.ordinal()] = new CopyRows((int) (n * 150 * perCustomer));
        tables[Table.LINE.ordinal()] = new CopyRows(shape.withDetails() ? n * 400 : 0);
        tables[Table.INTERACTION.ordinal()] = new CopyRows((int) (n * 200 * perCustomer));
        tables[Table.COMPLAINT.ordinal()] = new CopyRows(n * 60);
        for (SyntheticCustomer c : customers) {
            rows.customer(c, tables[Table.CUSTOMER.ordinal()]);
            if (shape.withDetails()) {
                rows.contacts(c, tables[Table.CONTACT.ordinal()]);
            }
            rows.orders(c, tables[Table.ORDER.ordinal()], tables[Table.LINE.ordinal()]);
            rows.interactions(c, tables[Table.INTERACTION.ordinal()]);
            rows.complaints(c, tables[Table.COMPLAINT.ordinal()]);
        }
        return tables;
    }
}
