package org.idic.crm.app.demo;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A book written into an empty database is loaded as a bulk load should be: the tables are emptied in the
 * writing transaction (so that, with wal_level minimal, their rows skip the write-ahead log and are synced
 * to disk once at commit: as durable, half the writing), and their secondary indexes are dropped and built
 * again from the loaded rows (a sort, on several cores, instead of millions of single inserts). The indexes
 * come back exactly as they were, under their names. Into a database that holds customers the rows are
 * simply added, every index kept up to date.
 */
final class BulkLoad {

    private final boolean bulk;
    private final List<String> indexes;

    private BulkLoad(boolean bulk, List<String> indexes) {
        this.bulk = bulk;
        this.indexes = indexes;
    }

    /** Prepares {@code tables}: emptied and without secondary indexes if they and their dependants are empty. */
    static BulkLoad prepare(Connection connection, List<String> tables) throws SQLException {
        List<String> emptied = withDependants(connection, tables);
        for (String table : emptied) {
            if (holdsRows(connection, table)) {
                return new BulkLoad(false, List.of());
            }
        }
        List<String> definitions = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            s.execute("truncate " + String.join(", ", emptied));
            try (PreparedStatement p = connection.prepareStatement("""
                    select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
                    join pg_class t on t.oid = i.indrelid
                    where t.relname = any(?) and t.relnamespace = current_schema()::regnamespace
                      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                    order by i.indexrelid""")) {
                p.setArray(1, names(connection, tables));
                try (ResultSet rs = p.executeQuery()) {
                    List<String> names = new ArrayList<>();
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        definitions.add(rs.getString(2));
                    }
                    for (String name : names) {
                        s.execute("drop index " + name);
                    }
                }
            }
        }
        return new BulkLoad(true, definitions);
    }

    /** Builds the dropped indexes from the loaded rows. */
    void finish(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String definition : indexes) {
                s.execute(definition);
            }
        }
    }

    /** Whether the tables were emptied and their secondary indexes dropped. */
    boolean bulk() {
        return bulk;
    }

    /** The tables and every table whose foreign keys point at them, directly or not: emptied together. */
    private static List<String> withDependants(Connection connection, List<String> tables) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("""
                with recursive t(oid) as (
                    select c.oid from pg_class c
                    where c.relname = any(?) and c.relnamespace = current_schema()::regnamespace
                    union
                    select k.conrelid from pg_constraint k join t on k.confrelid = t.oid where k.contype = 'f'
                )
                select t.oid::regclass::text from t join pg_class c on c.oid = t.oid
                where not c.relispartition order by 1""")) {
            p.setArray(1, names(connection, tables));
            List<String> all = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            return all;
        }
    }

    private static boolean holdsRows(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select exists (select 1 from " + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static Array names(Connection connection, List<String> tables) throws SQLException {
        return connection.createArrayOf("text", tables.toArray());
    }
}
