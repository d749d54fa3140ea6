package org.idic.crm.domain.user;

import java.sql.Array;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The columns a user chose to see in a list, remembered per user and list. The web layer decides which
 * column names exist; this only keeps the choice.
 */
@Service
@Transactional
public class ListColumns {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ListColumns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's choice for the list, if they made one. */
    @Transactional(readOnly = true)
    public Optional<List<String>> of(Long userId, String list) {
        return jdbc.query("select columns from user_list_columns where user_id = ? and list_name = ?", rs -> {
            if (!rs.next()) {
                return Optional.empty();
            }
            Array columns = rs.getArray(1);
            return Optional.of(List.of((String[]) columns.getArray()));
        }, userId, list);
    }

    public void choose(Long userId, String list, List<String> columns) {
        jdbc.update("""
                insert into user_list_columns (user_id, list_name, columns, updated_at) values (?, ?, ?, ?)
                on conflict (user_id, list_name) do update set columns = excluded.columns,
                    updated_at = excluded.updated_at""",
                ps -> {
                    ps.setLong(1, userId);
                    ps.setString(2, list);
                    ps.setArray(3, ps.getConnection().createArrayOf("text", columns.toArray()));
                    ps.setTimestamp(4, Timestamp.from(clock.instant()));
                });
    }

    /** Back to the list's default columns. */
    public void forget(Long userId, String list) {
        jdbc.update("delete from user_list_columns where user_id = ? and list_name = ?", userId, list);
    }
}
