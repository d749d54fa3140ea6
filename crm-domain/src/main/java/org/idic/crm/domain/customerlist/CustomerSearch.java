package org.idic.crm.domain.customerlist;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerStatus;
import org.idic.crm.domain.customer.Phone;
import org.idic.crm.domain.report.Dimension;
import org.idic.crm.domain.report.ReportFilter;
import org.idic.crm.domain.report.Reports;
import org.idic.crm.domain.segmentation.Snapshot;
import org.idic.crm.domain.segmentation.Snapshots;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer list. Built for a million customers: every search term has an index (name prefix,
 * name trigrams, number, e-mail, phone digits), the owner/team filter leads the name index, and the
 * total is a bounded count.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSearch {

    /** Past this many matches a list says "more than 10,000" rather than counting on. */
    public static final int COUNT_LIMIT = 10_000;

    /** Rows an export fetches from its cursor at a time. */
    static final int EXPORT_FETCH_SIZE = 2000;

    /** The scores of the current snapshot (run {@code :run}). */
    private static final String SCORES = " left join customer_score s on s.run_id = :run and s.customer_id = c.id";

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate cursor;
    private final Reports reports;
    private final Snapshots snapshots;

    CustomerSearch(NamedParameterJdbcTemplate jdbc, Reports reports, Snapshots snapshots) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.snapshots = snapshots;
        // PostgreSQL streams with a fetch size only inside a transaction: this class is @Transactional
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        fetching.setFetchSize(EXPORT_FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(fetching);
    }

    public CustomerPage search(Actor actor, CustomerQuery query) {
        Map<String, Object> params = new HashMap<>();
        params.put("run", currentRun());
        String where = where(actor, query, params);
        // the scores of the current snapshot, joined only when a filter or the sort needs them for the count
        String countJoin = query.scores().isEmpty() ? "" : SCORES;
        int maxPage = (COUNT_LIMIT - 1) / query.size();
        CustomerQuery bounded = query.page() > maxPage ? query.withPage(maxPage) : query;
        params.put("limit", bounded.size());
        params.put("offset", bounded.page() * bounded.size());
        params.put("countLimit", COUNT_LIMIT + 1);
        List<CustomerRow> rows;
        long[] matches = {-1};
        if (bounded.sort().needsScores() && (long) params.get("run") >= 0) {
            rows = byScore(where, bounded, params);
        } else if (bounded.text() != null && !bounded.sort().needsScores()) {
            rows = searched(where, countJoin, bounded, params, matches);
        } else {
            rows = jdbc.query(select(where, bounded) + " limit :limit offset :offset", params, CustomerSearch::row);
        }
        if (matches[0] >= 0) {
            return new CustomerPage(rows, bounded, Math.min(matches[0], COUNT_LIMIT), matches[0] > COUNT_LIMIT);
        }
        long total = countedFromTheRun(actor, query).orElseGet(() -> {
            Long counted = jdbc.queryForObject("select count(*) from (select 1 from customer c" + countJoin + " where "
                    + where + " limit :countLimit) bounded", params, Long.class);
            return counted == null ? 0 : counted;
        });
        return new CustomerPage(rows, bounded, Math.min(total, COUNT_LIMIT), total > COUNT_LIMIT);
    }

    /**
     * Every customer the query matches, for an export: the same scope, filters and sort as
     * {@link #search}, without paging. Rows come from a server-side cursor ({@value #EXPORT_FETCH_SIZE}
     * at a time) and go to {@code rows} one by one as they arrive; nothing is collected, so the caller
     * must not collect them either. The read-only transaction stays open until the last row is handed
     * over. An exception thrown by {@code rows} ends the export and is rethrown as it is.
     *
     * @return how many rows were handed over
     */
    public long export(Actor actor, CustomerQuery query, Consumer<CustomerRow> rows) {
        Map<String, Object> params = new HashMap<>();
        params.put("run", currentRun());
        String where = where(actor, query, params);
        long[] count = {0};
        cursor.query(select(where, query), params, (RowCallbackHandler) rs -> {
            rows.accept(row(rs, 0));
            count[0]++;
        });
        return count[0];
    }

    /**
     * The ids of the customers the query matches (its scope and filters), in its order, at most
     * {@code limit} of them: the selection "all that match" of a change of many customers.
     */
    public List<Long> ids(Actor actor, CustomerQuery query, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("run", currentRun());
        String where = where(actor, query, params);
        params.put("limit", limit);
        return jdbc.query("select id from (" + select(where, query) + " limit :limit) matching", params,
                (rs, n) -> rs.getLong(1));
    }

    /**
     * A list filtered by one score alone (with type, rep or team) counts its customers from the sums the
     * run made for the reports, which hold exactly these customers: at a million customers, counting up
     * to the limit row by row took a quarter of a second for one rep's MVCs. Any other filter counts rows.
     */
    private java.util.OptionalLong countedFromTheRun(Actor actor, CustomerQuery q) {
        ScoreFilter f = q.scores();
        if (q.text() != null || q.status() != null || f.rScore() != null || f.fScore() != null || f.move() != null
                || (q.teamId() != null && !actor.isAdmin())) {
            return java.util.OptionalLong.empty();
        }
        Map<Dimension, Enum<?>> named = new java.util.EnumMap<>(Dimension.class);
        addIf(named, Dimension.TIER, f.tier());
        addIf(named, Dimension.ABC, f.abcClass());
        addIf(named, Dimension.PYRAMID, f.pyramidLevel());
        addIf(named, Dimension.RFM, f.rfmSegment());
        addIf(named, Dimension.LIFECYCLE, f.lifecycle());
        addIf(named, Dimension.RELATIONSHIP, f.relationship());
        addIf(named, Dimension.QUADRANT, f.quadrant());
        if (named.size() != 1) {
            return java.util.OptionalLong.empty();
        }
        ReportFilter filter = new ReportFilter(q.teamId(), q.ownerId(),
                q.kind() == null ? null : q.kind() == CustomerKind.ORGANISATION, q.tag());
        var only = named.entrySet().iterator().next();
        return reports.customersWith(actor, filter, only.getKey(), only.getValue().name());
    }

    private static void addIf(Map<Dimension, Enum<?>> named, Dimension dimension, Enum<?> value) {
        if (value != null) {
            named.put(dimension, value);
        }
    }

    /** The run whose scores the list shows, or -1 (no run: no scores joined) without a snapshot. */
    private long currentRun() {
        return snapshots.current().map(Snapshot::runId).orElse(-1L);
    }

    /** The list's query up to its order (paging is the caller's), the current scores joined. */
    private static String select(String where, CustomerQuery query) {
        return COLUMNS + " from customer c join app_user u on u.id = c.owner_id" + SCORES + " where " + where
                + " order by " + query.sort().orderBy(query.descending()) + ", c.id" + (query.descending() ? " desc" : "");
    }

    private static final String COLUMNS = """
            select c.id, c.customer_number, c.name, c.kind, c.status, c.owner_id, u.display_name, c.tags,
                   c.phone, c.email, c.city, c.last_activity_at, s.tier, s.lifecycle, s.predicted_clv,
                   s.current_value, s.abc_class, s.pyramid_level, s.rfm_code, s.rfm_segment, s.relationship""";

    /**
     * A page of a searched list (sorted by name, number or a date): the matches are found first, through the
     * indexes of each kind of match, and only then sorted. Left to choose, PostgreSQL walked the name index
     * in order and tested every customer against the search, expecting the matches to be spread evenly;
     * but the customers whose name begins with the search are all together, at one place in that order:
     * for "王", which sorts after every Latin name, it went through three quarters of the customers before
     * the first match (0.3 s at 200,000 customers, 6-8 s under load at a million; found first and sorted,
     * 14,000 matches take 60 ms). A search that matches many customers costs as many as it matches.
     */
    private List<CustomerRow> searched(String where, String scoresJoin, CustomerQuery q, Map<String, Object> params,
            long[] matches) {
        String key = q.sort().expression();
        String direction = q.descending() ? " desc" : "";
        // the page's rows carry how many matched (the whole set is at hand): no second query to count them,
        // unless the page is past the last match
        List<CustomerRow> rows = jdbc.query("with matching as materialized (select c.id, " + key + " as k"
                + " from customer c" + scoresJoin + " where " + where + ") " + COLUMNS
                + ", (select count(*) from matching) as matches from (select id, k from matching order by k"
                + direction + ", id" + direction + " limit :limit offset :offset) m join customer c on c.id = m.id"
                + " join app_user u on u.id = c.owner_id" + SCORES + " order by m.k" + direction + ", c.id" + direction,
                params, (rs, n) -> {
                    matches[0] = rs.getLong("matches");
                    return row(rs, n);
                });
        return rows;
    }

    /**
     * A page of a list sorted by a score, the same rows in the same order as {@link #select} would give,
     * in two parts. First the customers that have a value to sort by, read from the run's scores in the
     * order of their index ({@code customer_score (run_id, predicted_clv desc nulls last)}, likewise the
     * current value), each looked up in {@code customer} for the scope and filters, so that a page costs
     * as many rows as it shows (a rep's first page by CLV at 200,000 customers: 9 ms; with the scores
     * left-joined to all 54,000 of the rep's customers and sorted, 520 ms). Then, if the page is not full,
     * the customers without a value (not scored yet, or no value for this score), by id as the list orders
     * them; their offset is the page's offset less the customers with a value, which a page that is
     * already past them counts, at most up to the offset.
     */
    private List<CustomerRow> byScore(String where, CustomerQuery q, Map<String, Object> params) {
        String value = q.sort().expression();
        String valued = COLUMNS + " from customer_score s join customer c on c.id = s.customer_id"
                + " join app_user u on u.id = c.owner_id where s.run_id = :run and " + value + " is not null and "
                + where + " order by " + value + (q.descending() ? " desc nulls last, s.customer_id desc"
                        : " asc nulls first, s.customer_id");
        List<CustomerRow> rows = new java.util.ArrayList<>(
                jdbc.query(valued + " limit :limit offset :offset", params, CustomerSearch::row));
        int limit = (int) params.get("limit");
        int offset = (int) params.get("offset");
        if (rows.size() == limit) {
            return rows;
        }
        long before;
        if (!rows.isEmpty() || offset == 0) {
            before = offset + rows.size();
        } else {
            Long counted = jdbc.queryForObject("select count(*) from (select 1 from customer_score s join customer c"
                    + " on c.id = s.customer_id where s.run_id = :run and " + value + " is not null and " + where
                    + " limit :offset) valued", params, Long.class);
            before = counted == null ? 0 : counted;
        }
        Map<String, Object> rest = new HashMap<>(params);
        rest.put("restLimit", limit - rows.size());
        rest.put("restOffset", Math.max(0, offset - before));
        rows.addAll(jdbc.query(COLUMNS + " from customer c join app_user u on u.id = c.owner_id" + SCORES + " where "
                + where + " and " + value + " is null order by c.id" + (q.descending() ? " desc" : "")
                + " limit :restLimit offset :restOffset", rest, CustomerSearch::row));
        return rows;
    }

    private static String where(Actor actor, CustomerQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(actor.scope().sql("c"));
        actor.scope().bind(params);
        if (q.text() != null) {
            where.append(" and (").append(textMatch(q.text(), params)).append(')');
        }
        if (q.kind() != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", q.status().name());
        }
        if (q.ownerId() != null) {
            where.append(" and c.owner_id = :ownerId");
            params.put("ownerId", q.ownerId());
        }
        if (q.tag() != null) {
            where.append(" and c.tags @> array[cast(:tag as text)]");
            params.put("tag", q.tag());
        }
        scoreFilter(where, params, "tier", q.scores().tier());
        scoreFilter(where, params, "abc_class", q.scores().abcClass());
        scoreFilter(where, params, "pyramid_level", q.scores().pyramidLevel());
        scoreFilter(where, params, "rfm_segment", q.scores().rfmSegment());
        scoreFilter(where, params, "lifecycle", q.scores().lifecycle());
        scoreFilter(where, params, "relationship", q.scores().relationship());
        scoreFilter(where, params, "value_quadrant", q.scores().quadrant());
        scoreNumber(where, params, "r_score", q.scores().rScore());
        scoreNumber(where, params, "f_score", q.scores().fScore());
        if (q.teamId() != null) {
            where.append(" and c.team_id = :teamId");
            params.put("teamId", q.teamId());
        }
        ScoreFilter.Move move = q.scores().move();
        if (move != null) {
            // the customers of a tier-migration cell: in the later run's tier, and in (or new to) the earlier's
            where.append(" and exists (select 1 from run_scores b where b.run_id = :moveTo and b.customer_id = c.id"
                    + " and b.tier = :moveToTier)");
            where.append("NEW".equals(move.fromTier())
                    ? " and not exists (select 1 from run_scores a where a.run_id = :moveFrom and a.customer_id = c.id)"
                    : " and exists (select 1 from run_scores a where a.run_id = :moveFrom and a.customer_id = c.id"
                        + " and a.tier = :moveFromTier)");
            params.put("moveTo", move.toRun());
            params.put("moveToTier", move.toTier());
            params.put("moveFrom", move.fromRun());
            params.put("moveFromTier", move.fromTier());
        }
        return where.toString();
    }

    private static void scoreNumber(StringBuilder where, Map<String, Object> params, String column, Integer value) {
        if (value != null) {
            where.append(" and s.").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private static void scoreFilter(StringBuilder where, Map<String, Object> params, String column, Enum<?> value) {
        if (value != null) {
            where.append(" and s.").append(column).append(" = :").append(column);
            params.put(column, value.name());
        }
    }

    /** Name prefix or part, number prefix, e-mail prefix, any part of the phone digits: each served by an index. */
    private static String textMatch(String text, Map<String, Object> params) {
        String lower = text.toLowerCase(Locale.ROOT);
        params.put("namePrefix", escapeLike(lower) + "%");
        params.put("numberPrefix", escapeLike(text.toUpperCase(Locale.ROOT)) + "%");
        StringBuilder match = new StringBuilder("lower(c.name) like :namePrefix or c.customer_number like :numberPrefix"
                + " or lower(c.email) like :namePrefix");
        if (lower.codePointCount(0, lower.length()) >= 3) {
            params.put("namePart", "%" + escapeLike(lower) + "%");
            match.append(" or lower(c.name) like :namePart");
        }
        String digits = Phone.digitsOf(text);
        if (digits.length() >= 3 && digits.length() * 2 >= text.replace(" ", "").length()) {
            params.put("phoneDigits", "%" + digits + "%");
            match.append(" or c.phone_digits like :phoneDigits");
        }
        return match.toString();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CustomerRow row(ResultSet rs, int n) throws SQLException {
        Array tags = rs.getArray("tags");
        return new CustomerRow(rs.getLong("id"), rs.getString("customer_number"), rs.getString("name"),
                CustomerKind.valueOf(rs.getString("kind")), CustomerStatus.valueOf(rs.getString("status")),
                rs.getLong("owner_id"), rs.getString("display_name"),
                tags == null ? List.of() : List.of((String[]) tags.getArray()), rs.getString("phone"),
                rs.getString("email"), rs.getString("city"), rs.getTimestamp("last_activity_at").toInstant(),
                rs.getString("tier"), rs.getString("lifecycle"), nullable(rs, "predicted_clv"),
                nullable(rs, "current_value"), rs.getString("abc_class"), rs.getString("pyramid_level"),
                rs.getString("rfm_code"), rs.getString("rfm_segment"), rs.getString("relationship"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
