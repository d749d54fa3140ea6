package org.idic.crm.domain.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** One PostgreSQL COPY ... FROM STDIN (CSV), fed row by row and flushed in large chunks. */
public final class Copy implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private boolean firstInRow = true;
    private long rows;

    public Copy(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin with (format csv)");
    }

    /** Adds the next field of the current row; null is SQL NULL. */
    public Copy add(Object value) {
        if (!firstInRow) {
            buffer.append(',');
        }
        firstInRow = false;
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
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
