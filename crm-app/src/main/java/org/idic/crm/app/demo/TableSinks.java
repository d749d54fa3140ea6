package org.idic.crm.app.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Where a book's rows go while they are made: one table straight into its COPY (PostgreSQL takes it while
 * the rows are being made), the others into files of binary COPY data, copied in afterwards in the order
 * their foreign keys need. One connection does it all, in the caller's transaction.
 */
final class TableSinks implements AutoCloseable {

    private static final int BUFFER = 1 << 20;

    private final Connection connection;
    private final Table streamed;
    private final CopyIn copy;
    private final Map<Table, Path> files = new EnumMap<>(Table.class);
    private final Map<Table, OutputStream> outputs = new EnumMap<>(Table.class);
    private final Map<Table, Long> rows = new EnumMap<>(Table.class);
    private boolean closed;

    TableSinks(Connection connection, Table streamed, Path folder) throws SQLException, IOException {
        this.connection = connection;
        this.streamed = streamed;
        for (Table table : Table.values()) {
            rows.put(table, 0L);
            if (table != streamed) {
                Path file = folder.resolve(table.table + ".copy");
                files.put(table, file);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
                out.write(CopyRows.HEADER);
                outputs.put(table, out);
            }
        }
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(streamed.copyFromStdin());
        copy.writeToCopy(CopyRows.HEADER, 0, CopyRows.HEADER.length);
    }

    /** One chunk's rows, in customer order. */
    void write(CopyRows[] chunk) throws SQLException, IOException {
        for (Table table : Table.values()) {
            CopyRows data = chunk[table.ordinal()];
            if (data.size() == 0) {
                continue;
            }
            rows.merge(table, data.rows(), Long::sum);
            if (table == streamed) {
                copy.writeToCopy(data.array(), 0, data.size());
            } else {
                outputs.get(table).write(data.array(), 0, data.size());
            }
        }
    }

    /** Ends the streamed COPY and copies every file in; returns the rows of each table. */
    Map<Table, Long> finish() throws SQLException, IOException {
        closed = true;
        copy.writeToCopy(CopyRows.TRAILER, 0, CopyRows.TRAILER.length);
        copy.endCopy();
        for (OutputStream out : outputs.values()) {
            out.write(CopyRows.TRAILER);
            out.close();
        }
        for (Table table : Table.values()) {
            if (table != streamed && rows.get(table) > 0) {
                try (InputStream in = Files.newInputStream(files.get(table))) {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copyFromStdin(), in, BUFFER);
                }
                Files.delete(files.get(table));
            }
        }
        return rows;
    }

    /** After a failure: the COPY is abandoned (the transaction rolls back) and the files deleted. */
    @Override
    public void close() throws IOException {
        if (!closed && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the connection is broken; the transaction rolls back all the same
            }
        }
        for (OutputStream out : outputs.values()) {
            try {
                out.close();
            } catch (IOException e) {
                // deleted below
            }
        }
        for (Path file : files.values()) {
            Files.deleteIfExists(file);
        }
    }
}
