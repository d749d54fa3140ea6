package org.idic.crm.domain.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY CSV format, fed field by field and flushed in large chunks: straight into a
 * {@code COPY ... FROM STDIN}, or into a file to be copied later with {@link #fromFile}.
 */
public final class Copy implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    /** Where the finished chunks go. */
    private interface Sink {
        void write(byte[] bytes) throws SQLException, IOException;

        void finish() throws SQLException, IOException;
    }

    private final Sink sink;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private boolean firstInRow = true;
    private long rows;

    private Copy(Sink sink) {
        this.sink = sink;
    }

    /** Rows streamed into {@code table (columns)} as they come. */
    public Copy(Connection connection, String table, String columns) throws SQLException {
        this(copyIn(connection, table, columns));
    }

    /** Rows written to a file, to be copied into a table later. */
    public static Copy toFile(Path file) {
        try {
            OutputStream out = Files.newOutputStream(file);
            return new Copy(new Sink() {
                @Override
                public void write(byte[] bytes) throws IOException {
                    out.write(bytes);
                }

                @Override
                public void finish() throws IOException {
                    out.close();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file written by {@link #toFile} into {@code table (columns)}; returns the rows copied. */
    public static long fromFile(Connection connection, String table, String columns, Path file) throws SQLException {
        try (InputStream in = Files.newInputStream(file)) {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin with (format csv)", in, CHUNK);
        } catch (IOException e) {
            throw new SQLException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Sink copyIn(Connection connection, String table, String columns) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin with (format csv)");
        return new Sink() {
            @Override
            public void write(byte[] bytes) throws SQLException {
                copy.writeToCopy(bytes, 0, bytes.length);
            }

            @Override
            public void finish() throws SQLException {
                copy.endCopy();
            }
        };
    }

    /** Adds the next field of the current row; null is SQL NULL. */
    public Copy add(Object value) {
        separate();
        if (value == null) {
            return this; // an unquoted empty field is NULL
        }
        String text = value.toString();
        if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            buffer.append(text);
        }
        return this;
    }

    /** Adds a whole number without boxing. */
    public Copy add(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    /** Adds an amount of money (two decimals) without formatting machinery. */
    public Copy addMoney(double value) {
        separate();
        long cents = Math.round(value * 100);
        if (cents < 0) {
            buffer.append('-');
            cents = -cents;
        }
        buffer.append(cents / 100).append('.');
        long fraction = cents % 100;
        buffer.append(fraction < 10 ? "0" : "").append(fraction);
        return this;
    }

    private void separate() {
        if (!firstInRow) {
            buffer.append(',');
        }
        firstInRow = false;
    }

    public void endRow() throws SQLException {
        buffer.append('\n');
        firstInRow = true;
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            sink.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        try {
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
