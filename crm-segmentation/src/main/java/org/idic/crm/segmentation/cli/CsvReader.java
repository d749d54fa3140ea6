package org.idic.crm.segmentation.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A small, fast CSV reader over bytes (RFC 4180: commas, double quotes with "" escapes, quoted line
 * breaks, CRLF or LF, an optional UTF-8 BOM). Hand-written because the transaction log of a million
 * customers has millions of rows, and parsing numbers and dates straight from bytes avoids a String
 * per field. It tracks the line each record starts on so that problems can be reported as FILE:LINE.
 */
final class CsvReader implements Closeable {

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean eof;
    private int nextLine = 1;
    private int recordLine;
    private byte[] record = new byte[256];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fields;

    CsvReader(Path file) throws IOException {
        in = Files.newInputStream(file);
        fill();
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
    }

    /** Reads the next non-blank record; false at the end of the file. */
    boolean next() throws IOException {
        while (true) {
            if (!readRecord()) {
                return false;
            }
            if (fields > 1 || ends[0] > starts[0]) {
                return true;
            }
        }
    }

    /** The line the current record starts on (1-based). */
    int line() {
        return recordLine;
    }

    int fieldCount() {
        return fields;
    }

    String text(int field) {
        return new String(record, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8).trim();
    }

    boolean isEmpty(int field) {
        for (int p = starts[field]; p < ends[field]; p++) {
            if (record[p] != ' ') {
                return false;
            }
        }
        return true;
    }

    /** A whole number. */
    long parseLong(int field) {
        int p = starts[field];
        int end = ends[field];
        while (p < end && record[p] == ' ') {
            p++;
        }
        while (end > p && record[end - 1] == ' ') {
            end--;
        }
        boolean negative = p < end && record[p] == '-';
        if (negative || (p < end && record[p] == '+')) {
            p++;
        }
        if (p == end || end - p > 18) {
            return Long.parseLong(text(field)); // throws the right NumberFormatException or handles 19 digits
        }
        long v = 0;
        for (; p < end; p++) {
            int d = record[p] - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException(text(field));
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /**
     * A finite decimal number. Plain decimals with up to 15 significant digits are converted exactly
     * as {@link Double#parseDouble} would (an exact integer divided by an exact power of ten rounds
     * once); anything else goes through {@link Double#parseDouble}.
     */
    double parseDouble(int field) {
        int p = starts[field];
        int end = ends[field];
        while (p < end && record[p] == ' ') {
            p++;
        }
        while (end > p && record[end - 1] == ' ') {
            end--;
        }
        int q = p;
        boolean negative = q < end && record[q] == '-';
        if (negative || (q < end && record[q] == '+')) {
            q++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        boolean plain = q < end;
        for (; q < end && plain; q++) {
            byte c = record[q];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                plain = false;
            }
        }
        if (plain && digits > 0 && digits <= 15) {
            double v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
            return negative ? -v : v;
        }
        String s = text(field);
        // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd': not numbers in a CSV
        if (!DECIMAL.matcher(s).matches()) {
            throw new NumberFormatException(s);
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new NumberFormatException(s);
        }
        return v;
    }

    /** An ISO date (YYYY-MM-DD, anything after a 'T' or a space ignored) as an epoch day. */
    int parseEpochDay(int field) {
        int p = starts[field];
        int end = ends[field];
        while (p < end && record[p] == ' ') {
            p++;
        }
        if (end - p < 10 || record[p + 4] != '-' || record[p + 7] != '-'
                || (end - p > 10 && record[p + 10] != 'T' && record[p + 10] != ' ')) {
            throw new DateTimeException(text(field));
        }
        int y = digits(p, 4);
        int m = digits(p + 5, 2);
        int d = digits(p + 8, 2);
        return Math.toIntExact(LocalDate.of(y, m, d).toEpochDay());
    }

    private int digits(int p, int count) {
        int v = 0;
        for (int i = 0; i < count; i++) {
            int d = record[p + i] - '0';
            if (d < 0 || d > 9) {
                throw new DateTimeException("not a date");
            }
            v = v * 10 + d;
        }
        return v;
    }

    private boolean readRecord() throws IOException {
        if (position >= limit && !fill()) {
            return false;
        }
        recordLine = nextLine;
        fields = 0;
        int length = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        starts[0] = 0;
        while (true) {
            if (position >= limit && !fill()) {
                break;
            }
            byte c = buffer[position++];
            if (quoted) {
                if (c == '"') {
                    if ((position < limit || fill()) && buffer[position] == '"') {
                        position++;
                    } else {
                        quoted = false;
                        continue;
                    }
                } else if (c == '\n') {
                    nextLine++;
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                continue;
            } else if (c == ',') {
                endField(length);
                starts[fields] = length;
                fieldStart = true;
                continue;
            } else if (c == '\n') {
                nextLine++;
                break;
            } else if (c == '\r') {
                continue;
            }
            fieldStart = false;
            if (length == record.length) {
                record = Arrays.copyOf(record, length * 2);
            }
            record[length++] = c;
        }
        endField(length);
        return true;
    }

    private void endField(int length) {
        if (fields + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[fields++] = length;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            limit = 0;
            position = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
