package org.idic.crm.segmentation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A per-customer summary for {@code fit}: {@code frequency,recency,T} (lifetimes names) or
 * {@code x,t_x,T} (Fader–Hardie names), optional {@code monetary_value} or {@code zbar}; an id column
 * and any other column is ignored.
 */
final class SummaryFile {

    private static final Header.Column[] COLUMNS = {
        new Header.Column("frequency", true, "frequency", "x"),
        new Header.Column("recency", true, "recency", "tx"),
        new Header.Column("T", true, "t"),
        new Header.Column("monetary_value", false, "monetaryvalue", "zbar"),
    };

    /** The rows read; {@code monetary} is null without a monetary column. */
    record Data(double[] x, double[] tx, double[] t, double[] monetary) {
    }

    private SummaryFile() {
    }

    static Data read(Path path, String name, Problems problems) throws IOException {
        int n = 0;
        double[][] cols = new double[4][1024];
        boolean monetary = false;
        try (CsvReader csv = new CsvReader(path)) {
            if (!csv.next()) {
                problems.add(name, 1, "empty file: expected a header line frequency,recency,T[,monetary_value]");
                return null;
            }
            Header h = Header.of(csv, name, problems, COLUMNS);
            if (h == null) {
                return null;
            }
            monetary = h.has(3);
            while (csv.next() && !problems.full()) {
                if (csv.fieldCount() < h.minFields()) {
                    problems.add(name, csv.line(), "expected at least %d fields, found %d".formatted(h.minFields(), csv.fieldCount()));
                    continue;
                }
                double[] row = row(csv, h, name, problems);
                if (row == null) {
                    continue;
                }
                if (n == cols[0].length) {
                    for (int c = 0; c < 4; c++) {
                        cols[c] = Arrays.copyOf(cols[c], n * 2);
                    }
                }
                for (int c = 0; c < 4; c++) {
                    cols[c][n] = row[c];
                }
                n++;
            }
        }
        if (n == 0 && problems.isEmpty()) {
            problems.add(name, 0, "no customers in the file");
        }
        return new Data(Arrays.copyOf(cols[0], n), Arrays.copyOf(cols[1], n), Arrays.copyOf(cols[2], n),
                monetary ? Arrays.copyOf(cols[3], n) : null);
    }

    private static double[] row(CsvReader csv, Header h, String name, Problems problems) {
        int before = problems.count();
        double x = FieldParsers.nonNegative(csv, h.get(0), "frequency", name, problems, "");
        if (!Double.isNaN(x) && x != Math.rint(x)) {
            problems.add(name, csv.line(), "frequency must be a whole number (a count of repeat purchases): " + csv.text(h.get(0)));
        }
        double tx = FieldParsers.nonNegative(csv, h.get(1), "recency", name, problems, "");
        double t = FieldParsers.nonNegative(csv, h.get(2), "T", name, problems, "");
        if (!Double.isNaN(tx) && !Double.isNaN(t) && tx > t) {
            problems.add(name, csv.line(), "recency (%s) must not exceed T (%s)".formatted(csv.text(h.get(1)), csv.text(h.get(2))));
        }
        double m = h.has(3) ? FieldParsers.nonNegative(csv, h.get(3), "monetary_value", name, problems, "") : 0;
        return problems.count() == before ? new double[] {x, tx, t, m} : null;
    }
}
