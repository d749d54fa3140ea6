package org.idic.crm.app.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the database holds, read from PostgreSQL's catalogue in the current schema: the tables with data
 * (partitions included, each on its own) in an order where a table comes after the tables it refers
 * to, their columns (generated ones are computed again on restore), the partitions the application
 * made, and the sequences.
 */
final class Catalog {

    /**
     * Not data: Flyway's history is written again by the restore's migrations; the scheduler's lock and
     * the sign-in sessions belong to the running instances, not to the business.
     */
    static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "shedlock", "spring_session",
            "spring_session_attributes");

    private Catalog() {
    }

    record TableInfo(String name, List<String> columns, String parent, String bound) {
        boolean partition() {
            return parent != null;
        }
    }

    /** The tables in load order. */
    static List<TableInfo> tables(Connection c) throws SQLException {
        Map<String, TableInfo> tables = new TreeMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                select t.relname, p.relname, pg_get_expr(t.relpartbound, t.oid),
                    array(select a.attname::text from pg_attribute a where a.attrelid = t.oid and a.attnum > 0
                          and not a.attisdropped and a.attgenerated = '' order by a.attnum)
                from pg_class t
                left join pg_inherits i on i.inhrelid = t.oid and t.relispartition
                left join pg_class p on p.oid = i.inhparent
                where t.relnamespace = to_regnamespace(current_schema()) and t.relkind = 'r'
                    and t.relpersistence in ('p', 'u')""")) {
            while (rs.next()) {
                if (!NOT_DATA.contains(rs.getString(1))) {
                    tables.put(rs.getString(1), new TableInfo(rs.getString(1),
                            List.of((String[]) rs.getArray(4).getArray()), rs.getString(2), rs.getString(3)));
                }
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                select t.relname, r.relname from pg_constraint k
                join pg_class t on t.oid = k.conrelid join pg_class r on r.oid = k.confrelid
                where k.contype = 'f' and t.relnamespace = to_regnamespace(current_schema())""")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    refersTo.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        return inLoadOrder(tables, refersTo);
    }

    /** Tables after the ones they refer to; the rest of a cycle, should there be one, by name. */
    private static List<TableInfo> inLoadOrder(Map<String, TableInfo> tables, Map<String, Set<String>> refersTo) {
        Map<String, TableInfo> ordered = new LinkedHashMap<>();
        boolean progress = true;
        while (ordered.size() < tables.size() && progress) {
            progress = false;
            for (TableInfo table : tables.values()) {
                if (!ordered.containsKey(table.name()) && refersTo.getOrDefault(table.name(), Set.of()).stream()
                        .allMatch(other -> ordered.containsKey(other) || !tables.containsKey(other))) {
                    ordered.put(table.name(), table);
                    progress = true;
                }
            }
        }
        tables.values().forEach(t -> ordered.putIfAbsent(t.name(), t));
        return new ArrayList<>(ordered.values());
    }

    /**
     * How to make a partition again: its bound, and the constraints and indexes of its own (those it
     * inherits come with {@code create table ... partition of}).
     */
    static Manifest.Partition partition(Connection c, TableInfo table) throws SQLException {
        List<String> constraints = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select 'alter table ' || quote_ident(t.relname) || ' add constraint ' || quote_ident(k.conname) || ' '
                    || pg_get_constraintdef(k.oid)
                from pg_constraint k join pg_class t on t.oid = k.conrelid
                where t.relname = ? and t.relnamespace = to_regnamespace(current_schema()) and k.conislocal
                    and k.coninhcount = 0 and k.conparentid = 0 order by k.contype, k.conname""")) {
            s.setString(1, table.name());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    constraints.add(rs.getString(1));
                }
            }
        }
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select pg_get_indexdef(i.indexrelid) from pg_index i join pg_class t on t.oid = i.indrelid
                where t.relname = ? and t.relnamespace = to_regnamespace(current_schema())
                    and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                    and not exists (select 1 from pg_inherits h where h.inhrelid = i.indexrelid)
                order by 1""")) {
            s.setString(1, table.name());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
        }
        return new Manifest.Partition(table.name(), table.parent(), table.bound(), constraints, indexes);
    }

    static List<Manifest.Sequence> sequences(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("select relname from pg_class where relkind = 'S' and"
                + " relnamespace = to_regnamespace(current_schema()) order by relname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<Manifest.Sequence> sequences = new ArrayList<>();
        for (String name : names) {
            try (ResultSet rs = c.createStatement().executeQuery("select last_value, is_called from "
                    + quote(name))) {
                rs.next();
                sequences.add(new Manifest.Sequence(name, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return sequences;
    }

    /** The tables that exist now, in the current schema. */
    static Set<String> existing(Connection c) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = c.createStatement().executeQuery("select relname from pg_class where relkind in ('r', 'p')"
                + " and relnamespace = to_regnamespace(current_schema())")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Catalog::quote).toList());
    }
}
