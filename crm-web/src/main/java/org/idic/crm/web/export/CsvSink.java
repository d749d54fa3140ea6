package org.idic.crm.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV (written by Commons CSV) in UTF-8 with a byte order mark (without it Excel reads Chinese
 * as mojibake), CRLF line ends, fields quoted where RFC 4180 needs it. Numbers are written plainly (a point
 * for decimals, no grouping, no exponent), dates as ISO {@code yyyy-MM-dd}, instants as
 * {@code yyyy-MM-dd HH:mm:ss} in the given zone. Rows go through a small buffer to the stream.
 */
final class CsvSink implements TableSink {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Writer out;
    private final CSVPrinter printer;
    private final ZoneId zone;

    CsvSink(OutputStream stream, ZoneId zone) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        this.zone = zone;
        try {
            out.write('\uFEFF');
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void header(List<String> names) {
        line(names);
    }

    @Override
    public void row(List<?> values) {
        line(values);
    }

    /** Writes out what the buffer still holds (the caller closes the stream). */
    void finish() throws IOException {
        printer.flush();
    }

    private void line(List<?> values) {
        try {
            printer.printRecord(values.stream().map(this::field).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(i.atZone(zone));
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        return CellText.safe(value.toString());
    }

    static String number(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (n instanceof Float f) {
            return Float.isFinite(f) ? new BigDecimal(f.toString()).stripTrailingZeros().toPlainString() : "";
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
