package org.idic.crm.domain.report.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.idic.crm.domain.report.Dimension;
import org.idic.crm.domain.report.ReportFilter;
import org.idic.crm.domain.support.SqlText;
import org.idic.crm.domain.segmentation.Snapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sums behind the reports, for one run: the rows precomputed per owner, customer type and value of
 * each dimension when the run was made (report_cell; per tag, report_tag_cell), added up for the team, rep
 * and type filters, and corrected for the customers whose owner (or, with a tag filter, tags) changed
 * since: their scores are taken off the sums they were counted in and added to those they belong to now,
 * so that every figure counts each customer with the rep who owns it now and a tag counts the customers
 * carrying it today, exactly as the customer list does (a deleted customer is taken off).
 */
@Component
public class Cells {

    /** Every report dimension of a score {@code s}, as (dimension, value) rows for a lateral join. */
    private static final String DIMENSIONS = Arrays.stream(Dimension.values())
            .map(d -> "('" + d.code() + "', " + d.sql() + ")")
            .collect(Collectors.joining(", ", "(values ", ") d(dimension, value)"));

    private static final String SUMS = """
            {cte}select {owner}dimension, value, sum(customers), sum(revenue), sum(margin), sum(clv), sum(monetary)
            from (
                select owner_id as owner, dimension, value, customers, revenue, margin, clv, monetary
                from {cells}
                where run_id = :run and dimension in (:dimensions) and {tag}{audience}{kind}
                union all
                select s.owner, d.dimension, d.value, s.sign, s.sign * s.revenue_window, s.sign * s.margin_window,
                       s.sign * coalesce(s.predicted_clv, 0), s.sign * s.monetary
                from (select m.*, x.sign, x.owner
                      from changed ch
                      join customer_score m on m.run_id = :run and m.customer_id = ch.customer_id
                      left join customer c on c.id = ch.customer_id
                      {moves}{changedKind}) s
                cross join lateral {dimensions}
                where d.value is not null and d.dimension in (:dimensions) and {changedAudience}
            ) t group by {owner}dimension, value""";

    private final JdbcClient jdbc;

    Cells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sums of each value of the dimensions, over the audience's customers. */
    public List<Cell> of(Snapshot run, Collection<Dimension> dimensions, Audience audience, ReportFilter filter) {
        return query(run, dimensions, audience, filter, false).getOrDefault(null, List.of());
    }

    /** The same sums, per owner. */
    public Map<Long, List<Cell>> byOwner(Snapshot run, Collection<Dimension> dimensions, Audience audience,
            ReportFilter filter) {
        return query(run, dimensions, audience, filter, true);
    }

    private Map<Long, List<Cell>> query(Snapshot run, Collection<Dimension> dimensions, Audience audience,
            ReportFilter filter, boolean perOwner) {
        Map<String, Object> p = new HashMap<>();
        p.put("run", run.runId());
        p.put("dimensions", dimensions.stream().map(Dimension::code).toList());
        p.put(ParetoBins.STEP_PARAMETER, ParetoBins.STEP);
        p.put(Corrections.SINCE, run.ownerChangesSince() == null ? null : Timestamp.from(run.ownerChangesSince()));
        boolean byTag = filter.tag() != null;
        if (byTag) {
            p.put("tag", filter.tag());
        }
        String sql = SqlText.fill(SUMS, Map.of(
                "cte", Corrections.CHANGED,
                "owner", perOwner ? "owner, " : "",
                "cells", byTag ? "report_tag_cell" : "report_cell",
                "tag", byTag ? "tag = :tag and " : "",
                "audience", audience.sql("owner_id", p),
                "kind", kind("organisation", filter, p),
                "moves", Corrections.moves(byTag),
                "changedKind", kind("m.organisation", filter, p),
                "dimensions", DIMENSIONS,
                "changedAudience", audience.sql("s.owner", p)));
        Map<Long, List<Cell>> cells = new LinkedHashMap<>();
        int offset = perOwner ? 1 : 0;
        jdbc.sql(sql).params(p).query(rs -> {
            Long owner = perOwner ? rs.getLong(1) : null;
            cells.computeIfAbsent(owner, o -> new ArrayList<>()).add(new Cell(rs.getString(offset + 1),
                    rs.getString(offset + 2), rs.getLong(offset + 3), rs.getDouble(offset + 4),
                    rs.getDouble(offset + 5), rs.getDouble(offset + 6), rs.getDouble(offset + 7)));
        });
        return cells;
    }

    /** The tag filter on the customers aliased {@code c} ({@code and c.tags @> [:tag]}), or nothing. */
    public static String tag(ReportFilter filter, Map<String, Object> p) {
        if (filter.tag() == null) {
            return "";
        }
        p.put("tag", filter.tag());
        return " and c.tags @> array[cast(:tag as text)]";
    }

    /** The customer-type filter on a column ({@code and column = :organisation}), or nothing. */
    public static String kind(String column, ReportFilter filter, Map<String, Object> p) {
        if (filter.organisation() == null) {
            return "";
        }
        p.put("organisation", filter.organisation());
        return " and " + column + " = :organisation";
    }
}
