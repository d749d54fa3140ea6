package org.idic.crm.domain.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.segmentation.ReportCubes;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sums behind the reports, for one run. Without a tag filter they come from the report_cell rows
 * precomputed per owner and customer type when the run was made (team, rep and type filters add them
 * up), corrected for the customers given to another rep since: their scores are taken off the old
 * owner's sums and added to the new owner's, so that every figure counts each customer with the rep
 * who owns it now, exactly as the customer list does (a deleted customer is taken off). With a tag
 * filter the sums come from report_tag_cell, the same sums per tag, corrected in the same way for the
 * customers whose owner or tags changed since the run, so that a tag counts the customers carrying it
 * today.
 */
@Component
class Cells {

    /** Every report dimension of a score {@code s}, as (dimension, value) rows for a lateral join. */
    private static final String DIMENSIONS = """
            (values ('tier', s.tier), ('abc', s.abc_class), ('pyramid', s.pyramid_level),
                ('lifecycle', s.lifecycle), ('relationship', s.relationship), ('quadrant', s.value_quadrant),
                ('rfm', case when s.r_score is not null then s.r_score || ':' || s.f_score || ':' || s.rfm_segment end),
                ('pareto', case when s.tier <> 'PROSPECT' then case when s.revenue_window > 0
                    then floor(ln(s.revenue_window) / :step)::int::text else 'none' end end)) d(dimension, value)""";

    private final NamedParameterJdbcTemplate jdbc;

    Cells(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The sums of each value of the dimensions, over the audience's customers. */
    List<Cell> of(Long runId, List<String> dimensions, Audience audience, ReportFilter filter) {
        return query(runId, dimensions, audience, filter, false).getOrDefault(null, List.of());
    }

    /** The same sums, per owner. */
    Map<Long, List<Cell>> byOwner(Long runId, List<String> dimensions, Audience audience, ReportFilter filter) {
        return query(runId, dimensions, audience, filter, true);
    }

    private Map<Long, List<Cell>> query(Long runId, List<String> dimensions, Audience audience, ReportFilter filter,
            boolean perOwner) {
        Map<String, Object> p = new HashMap<>();
        p.put("run", runId);
        p.put("dimensions", dimensions);
        p.put("step", ReportCubes.PARETO_STEP);
        String sums = "sum(customers), sum(revenue), sum(margin), sum(clv), sum(monetary)";
        String sql;
        if (filter.tag() != null && !Corrections.recordsTags(jdbc.getJdbcTemplate(), runId)) {
            // a run made before scores kept their tags: add up its scores of the customers carrying the tag now
            p.put("tag", filter.tag());
            sql = """
                    select %1$s d.dimension, d.value, count(*), sum(s.revenue_window), sum(s.margin_window),
                           sum(coalesce(s.predicted_clv, 0)), sum(s.monetary)
                    from customer_score s join customer c on c.id = s.customer_id
                    cross join lateral %2$s
                    where s.run_id = :run and d.value is not null and d.dimension in (:dimensions)
                      and c.tags @> array[cast(:tag as text)] and %3$s%4$s
                    group by %1$s d.dimension, d.value""".formatted(perOwner ? "c.owner_id," : "", DIMENSIONS,
                    audience.sql("c.owner_id", p), kind("(c.kind = 'ORGANISATION')", filter, p));
        } else {
            // the sums made with the run (per tag with a tag filter), corrected for the changed customers
            boolean byTag = filter.tag() != null;
            if (byTag) {
                p.put("tag", filter.tag());
            }
            sql = Corrections.changedSince("run") + """
                    select %1$s dimension, value, %2$s from (
                        select owner_id as owner, dimension, value, customers, revenue, margin, clv, monetary
                        from %3$s
                        where run_id = :run and dimension in (:dimensions) and %4$s%5$s
                        union all
                        select s.owner, d.dimension, d.value, s.sign, s.sign * s.revenue_window,
                               s.sign * s.margin_window, s.sign * coalesce(s.predicted_clv, 0), s.sign * s.monetary
                        from (select m.*, x.sign, x.owner
                              from changed ch
                              join customer_score m on m.run_id = :run and m.customer_id = ch.customer_id
                              left join customer c on c.id = ch.customer_id
                              %6$s%7$s) s
                        cross join lateral %8$s
                        where d.value is not null and d.dimension in (:dimensions) and %9$s
                    ) t group by %1$s dimension, value""".formatted(perOwner ? "owner," : "", sums,
                    byTag ? "report_tag_cell" : "report_cell", byTag ? "tag = :tag and " : "",
                    audience.sql("owner_id", p) + kind("organisation", filter, p), Corrections.moves(byTag),
                    kind("m.organisation", filter, p), DIMENSIONS, audience.sql("s.owner", p));
        }
        Map<Long, List<Cell>> cells = new LinkedHashMap<>();
        int offset = perOwner ? 1 : 0;
        jdbc.query(sql, p, rs -> {
            Long owner = perOwner ? rs.getLong(1) : null;
            cells.computeIfAbsent(owner, o -> new ArrayList<>()).add(new Cell(rs.getString(offset + 1),
                    rs.getString(offset + 2), rs.getLong(offset + 3), rs.getDouble(offset + 4),
                    rs.getDouble(offset + 5), rs.getDouble(offset + 6), rs.getDouble(offset + 7)));
        });
        return cells;
    }

    static String kind(String column, ReportFilter filter, Map<String, Object> p) {
        if (filter.organisation() == null) {
            return "";
        }
        p.put("organisation", filter.organisation());
        return " and " + column + " = :organisation";
    }
}
