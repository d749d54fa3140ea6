package org.idic.crm.segmentation.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.idic.crm.segmentation.facts.FactsSummarizer;

/**
 * Reads a transaction log {@code customer_id,date,amount[,cost]} (one completed order per row; ISO
 * dates) into a {@link FactsSummarizer}. Also accepts the Online Retail names CustomerID, InvoiceDate
 * and TotalPrice.
 */
final class TransactionsFile {

    private static final Header.Column[] COLUMNS = {
        new Header.Column("customer_id", true, "customerid", "customer"),
        new Header.Column("date", true, "date", "invoicedate", "orderdate"),
        new Header.Column("amount", true, "amount", "totalprice"),
        new Header.Column("cost", false, "cost"),
    };

    private TransactionsFile() {
    }

    static void read(Path path, String name, FactsSummarizer facts, Problems problems) throws IOException {
        try (CsvReader csv = new CsvReader(path)) {
            if (!csv.next()) {
                problems.add(name, 1, "empty file: expected a header line customer_id,date,amount[,cost]");
                return;
            }
            Header h = Header.of(csv, name, problems, COLUMNS);
            if (h == null) {
                return;
            }
            int need = h.minFields();
            while (csv.next() && !problems.full()) {
                if (csv.fieldCount() < need) {
                    problems.add(name, csv.line(), "expected at least %d fields, found %d".formatted(need, csv.fieldCount()));
                    continue;
                }
                row(csv, h, name, facts, problems);
            }
        }
    }

    private static void row(CsvReader csv, Header h, String name, FactsSummarizer facts, Problems problems) {
        long id = FieldParsers.customerId(csv, h.get(0), name, problems);
        int day = FieldParsers.date(csv, h.get(1), name, problems);
        double amount = FieldParsers.nonNegative(csv, h.get(2), "amount", name, problems,
                " (leave cancelled and refunded orders out)");
        double cost = Double.NaN;
        boolean costOk = true;
        if (h.has(3) && !csv.isEmpty(h.get(3))) {
            cost = FieldParsers.nonNegative(csv, h.get(3), "cost", name, problems, "");
            costOk = !Double.isNaN(cost);
        }
        if (id != FieldParsers.BAD_ID && day != FieldParsers.BAD_DAY && !Double.isNaN(amount) && costOk) {
            facts.addOrder(id, day, amount, cost);
        }
    }
}
