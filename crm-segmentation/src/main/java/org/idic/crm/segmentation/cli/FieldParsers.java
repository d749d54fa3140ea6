package org.idic.crm.segmentation.cli;

import java.time.DateTimeException;

/** Field parsing with the problem reported at the record's line; a sentinel marks a bad value. */
final class FieldParsers {

    static final long BAD_ID = Long.MIN_VALUE;
    /** Not Integer.MIN_VALUE: that is FactsSummarizer.UNDATED. */
    static final int BAD_DAY = Integer.MAX_VALUE;

    private FieldParsers() {
    }

    static long customerId(CsvReader csv, int field, String file, Problems problems) {
        try {
            return csv.parseLong(field);
        } catch (NumberFormatException e) {
            problems.add(file, csv.line(), "customer_id is not a whole number: '" + csv.text(field) + "'");
            return BAD_ID;
        }
    }

    static int date(CsvReader csv, int field, String file, Problems problems) {
        try {
            return csv.parseEpochDay(field);
        } catch (DateTimeException | ArithmeticException e) {
            problems.add(file, csv.line(), "not a date (expected YYYY-MM-DD): '" + csv.text(field) + "'");
            return BAD_DAY;
        }
    }

    /** A finite number ≥ 0, or NaN after reporting the problem. */
    static double nonNegative(CsvReader csv, int field, String column, String file, Problems problems, String hint) {
        double v = number(csv, field, column, file, problems);
        if (v < 0) {
            problems.add(file, csv.line(), column + " must not be negative: " + csv.text(field) + hint);
            return Double.NaN;
        }
        return v;
    }

    /** A finite number, or NaN after reporting the problem. */
    static double number(CsvReader csv, int field, String column, String file, Problems problems) {
        try {
            return csv.parseDouble(field);
        } catch (NumberFormatException e) {
            problems.add(file, csv.line(), column + " is not a number: '" + csv.text(field) + "'");
            return Double.NaN;
        }
    }
}
