package org.idic.crm.domain.user;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The views each user saved of a list, their own only: every read and change names the user, so a view
 * of someone else is "not found". The web layer decides what a query string and a column mean; this
 * only keeps them, under names unique per user and list.
 */
@Service
@Transactional
public class SavedViews {

    static final String ENTITY = "saved-view";
    /** The longest name. */
    public static final int NAME_LENGTH = 60;
    /** The longest query string. */
    public static final int QUERY_LENGTH = 2000;
    /** The most views a user keeps of one list. */
    public static final int MAX_VIEWS = 50;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SavedViews(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's views of the list, by name. */
    @Transactional(readOnly = true)
    public List<SavedView> of(Long userId, String list) {
        return jdbc.query("select id, name, query, columns, updated_at from saved_view"
                + " where user_id = ? and list_name = ? order by lower(name), id", SavedViews::view, userId, list);
    }

    /** One of the user's views. */
    @Transactional(readOnly = true)
    public Optional<SavedView> find(Long userId, String list, Long id) {
        return jdbc.query("select id, name, query, columns, updated_at from saved_view"
                + " where id = ? and user_id = ? and list_name = ?", SavedViews::view, id, userId, list).stream()
                .findFirst();
    }

    /**
     * Saves a view under {@code name}. A view of that name is replaced only if {@code replace} is set;
     * otherwise the name is refused as taken.
     *
     * @return the view's id
     */
    public Long save(Long userId, String list, String name, String query, List<String> columns, boolean replace) {
        String cleanName = name(name);
        String cleanQuery = query == null ? "" : query.strip();
        if (cleanQuery.length() > QUERY_LENGTH) {
            throw new RuleViolationException("query", "view.query.tooLong");
        }
        Optional<Long> existing = jdbc.query("select id from saved_view where user_id = ? and list_name = ?"
                + " and name = ?", (rs, n) -> rs.getLong(1), userId, list, cleanName).stream().findFirst();
        if (existing.isPresent() && !replace) {
            throw new RuleViolationException("name", "view.name.taken", cleanName);
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (existing.isPresent()) {
            jdbc.update(con -> {
                var ps = con.prepareStatement("update saved_view set query = ?, columns = ?, updated_at = ?"
                        + " where id = ?");
                ps.setString(1, cleanQuery);
                ps.setArray(2, con.createArrayOf("text", columns.toArray()));
                ps.setTimestamp(3, now);
                ps.setLong(4, existing.get());
                return ps;
            });
            return existing.get();
        }
        Integer count = jdbc.queryForObject("select count(*) from saved_view where user_id = ? and list_name = ?",
                Integer.class, userId, list);
        if (count != null && count >= MAX_VIEWS) {
            throw new RuleViolationException("name", "view.tooMany", MAX_VIEWS);
        }
        return jdbc.query(con -> {
            var ps = con.prepareStatement("insert into saved_view (user_id, list_name, name, query, columns,"
                    + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?) returning id");
            ps.setLong(1, userId);
            ps.setString(2, list);
            ps.setString(3, cleanName);
            ps.setString(4, cleanQuery);
            ps.setArray(5, con.createArrayOf("text", columns.toArray()));
            ps.setTimestamp(6, now);
            ps.setTimestamp(7, now);
            return ps;
        }, (ResultSet rs) -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /** Gives one of the user's views another name (not one of their other views'). */
    public void rename(Long userId, String list, Long id, String name) {
        SavedView view = find(userId, list, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        String cleanName = name(name);
        if (cleanName.equals(view.name())) {
            return;
        }
        Integer taken = jdbc.queryForObject("select count(*) from saved_view where user_id = ? and list_name = ?"
                + " and name = ?", Integer.class, userId, list, cleanName);
        if (taken != null && taken > 0) {
            throw new RuleViolationException("name", "view.name.taken", cleanName);
        }
        jdbc.update("update saved_view set name = ?, updated_at = ? where id = ?", cleanName,
                Timestamp.from(clock.instant()), id);
    }

    /** Deletes one of the user's views. */
    public void delete(Long userId, String list, Long id) {
        if (jdbc.update("delete from saved_view where id = ? and user_id = ? and list_name = ?", id, userId,
                list) == 0) {
            throw new NotFoundException(ENTITY, id);
        }
    }

    private static String name(String name) {
        String clean = Text.clean(name);
        if (clean == null || clean.length() > NAME_LENGTH) {
            throw new RuleViolationException("name", "view.name.invalid", NAME_LENGTH);
        }
        return clean;
    }

    private static SavedView view(ResultSet rs, int n) throws SQLException {
        Array columns = rs.getArray("columns");
        return new SavedView(rs.getLong("id"), rs.getString("name"), rs.getString("query"),
                List.of((String[]) columns.getArray()), rs.getTimestamp("updated_at").toInstant());
    }
}
