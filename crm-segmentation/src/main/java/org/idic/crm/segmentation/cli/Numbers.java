package org.idic.crm.segmentation.cli;

/** Fast fixed-decimal formatting for the output CSV (Double.toString is too slow for millions of cells). */
final class Numbers {

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Numbers() {
    }

    /** Appends v rounded to {@code decimals} places without trailing zeros; nothing for NaN. */
    static void append(StringBuilder out, double v, int decimals) {
        if (Double.isNaN(v)) {
            return;
        }
        double scaled = v * POW10[decimals];
        if (!(Math.abs(scaled) < 9e15)) {
            out.append(v);
            return;
        }
        long units = Math.round(scaled);
        if (units < 0) {
            out.append('-');
            units = -units;
        }
        long whole = units / POW10[decimals];
        long fraction = units % POW10[decimals];
        out.append(whole);
        if (fraction != 0) {
            out.append('.');
            int digits = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            String f = Long.toString(fraction);
            for (int i = f.length(); i < digits; i++) {
                out.append('0');
            }
            out.append(f);
        }
    }
}
