package org.idic.crm.app.backup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Every table's row count and an md5 of its rows in order, and every sequence's state, to compare two databases. */
final class Tables {

    /** Not data, so not in a backup (see Catalog.NOT_DATA): the restore's own migrations write the history. */
    static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "shedlock", "spring_session",
            "spring_session_attributes");

    private Tables() {
    }

    static JdbcTemplate jdbc(String url, String username, String password) {
        return new JdbcTemplate(new DriverManagerDataSource(url, username, password));
    }

    static Map<String, String> checksums(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("select relname from pg_class where relkind = 'r' and relnamespace ="
                + " 'public'::regnamespace order by 1", String.class);
        Map<String, String> sums = new TreeMap<>();
        for (String table : tables) {
            if (!NOT_BACKED_UP.contains(table)) {
                sums.put(table, jdbc.queryForObject("select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text,"
                        + " E'\\n' order by t::text)), '-') from \"" + table + "\" t", String.class));
            }
        }
        return sums;
    }

    static Map<String, String> sequences(JdbcTemplate jdbc) {
        Map<String, String> states = new LinkedHashMap<>();
        for (String sequence : jdbc.queryForList("select relname from pg_class where relkind = 'S' and relnamespace ="
                + " 'public'::regnamespace order by 1", String.class)) {
            states.put(sequence, jdbc.queryForObject("select last_value || ' ' || is_called from \"" + sequence + "\"",
                    String.class));
        }
        return states;
    }
}
