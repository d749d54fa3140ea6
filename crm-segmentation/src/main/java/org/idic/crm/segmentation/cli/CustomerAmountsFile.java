package org.idic.crm.segmentation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.idic.crm.segmentation.facts.FactsSummarizer;
import org.idic.crm.segmentation.settings.Channel;

/**
 * The two optional per-customer files of {@code score}:
 * <ul>
 *   <li>service costs: {@code customer_id} plus either {@code amount} (money) or {@code channel} (one
 *       interaction, costed from the settings; {@code COMPLAINT} for a complaint), and an optional
 *       {@code date} (rows dated outside the window are ignored; undated rows count);</li>
 *   <li>wallet estimates: {@code customer_id,amount}, the customer's estimated annual category spend.</li>
 * </ul>
 */
final class CustomerAmountsFile {

    private static final Header.Column[] COSTS = {
        new Header.Column("customer_id", true, "customerid", "customer"),
        new Header.Column("amount", false, "amount", "cost", "servicecost"),
        new Header.Column("channel", false, "channel"),
        new Header.Column("date", false, "date"),
    };
    private static final Header.Column[] WALLETS = {
        new Header.Column("customer_id", true, "customerid", "customer"),
        new Header.Column("amount", true, "amount", "wallet", "walletestimate"),
    };

    private CustomerAmountsFile() {
    }

    static void readServiceCosts(Path path, String name, FactsSummarizer facts, Problems problems) throws IOException {
        try (CsvReader csv = new CsvReader(path)) {
            Header h = header(csv, name, problems, COSTS);
            if (h == null) {
                return;
            }
            if (h.has(1) == h.has(2)) {
                problems.add(name, csv.line(), "need exactly one of the columns 'amount' and 'channel'");
                return;
            }
            while (csv.next() && !problems.full()) {
                if (csv.fieldCount() < h.minFields()) {
                    problems.add(name, csv.line(), "expected at least %d fields, found %d".formatted(h.minFields(), csv.fieldCount()));
                    continue;
                }
                long id = FieldParsers.customerId(csv, h.get(0), name, problems);
                int day = h.has(3) && !csv.isEmpty(h.get(3)) ? FieldParsers.date(csv, h.get(3), name, problems)
                        : FactsSummarizer.UNDATED;
                if (h.has(1)) {
                    double amount = FieldParsers.nonNegative(csv, h.get(1), "amount", name, problems, "");
                    if (id != FieldParsers.BAD_ID && day != FieldParsers.BAD_DAY && !Double.isNaN(amount)) {
                        facts.addServiceCost(id, day, amount);
                    }
                } else {
                    channel(csv, h.get(2), name, problems, facts, id, day);
                }
            }
        }
    }

    private static void channel(CsvReader csv, int field, String name, Problems problems, FactsSummarizer facts,
                                long id, int day) {
        String text = csv.text(field).toUpperCase(Locale.ROOT).replace(' ', '_');
        boolean complaint = text.equals("COMPLAINT");
        Channel channel = null;
        if (!complaint) {
            try {
                channel = Channel.valueOf(text);
            } catch (IllegalArgumentException e) {
                problems.add(name, csv.line(), "unknown channel '%s' (expected one of %s or COMPLAINT)"
                        .formatted(csv.text(field), java.util.Arrays.toString(Channel.values())));
                return;
            }
        }
        if (id == FieldParsers.BAD_ID || day == FieldParsers.BAD_DAY) {
            return;
        }
        if (complaint) {
            facts.addComplaint(id, day);
        } else {
            facts.addInteraction(id, day, channel);
        }
    }

    static void readWallets(Path path, String name, FactsSummarizer facts, Problems problems) throws IOException {
        try (CsvReader csv = new CsvReader(path)) {
            Header h = header(csv, name, problems, WALLETS);
            if (h == null) {
                return;
            }
            while (csv.next() && !problems.full()) {
                if (csv.fieldCount() < h.minFields()) {
                    problems.add(name, csv.line(), "expected at least %d fields, found %d".formatted(h.minFields(), csv.fieldCount()));
                    continue;
                }
                long id = FieldParsers.customerId(csv, h.get(0), name, problems);
                double amount = FieldParsers.nonNegative(csv, h.get(1), "amount", name, problems, "");
                if (id != FieldParsers.BAD_ID && !Double.isNaN(amount)) {
                    facts.setWalletEstimate(id, amount);
                }
            }
        }
    }

    private static Header header(CsvReader csv, String name, Problems problems, Header.Column[] columns) throws IOException {
        if (!csv.next()) {
            problems.add(name, 1, "empty file: expected a header line");
            return null;
        }
        return Header.of(csv, name, problems, columns);
    }
}
