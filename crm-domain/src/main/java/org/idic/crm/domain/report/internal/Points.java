package org.idic.crm.domain.report.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.report.ReportFilter;
import org.idic.crm.domain.support.SqlText;
import org.idic.crm.domain.report.ReportRows;
import org.idic.crm.domain.segmentation.Snapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The value-matrix sample of a run. */
@Component
public class Points {

    /** A scatter with more points than this shows a sample (quadrant counts stay exact). */
    static final int MAX = 2000;

    private final JdbcClient jdbc;

    Points(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The run's sample of the audience's customers. A customer given to another rep since the run is left
     * out (not shown to the old one); with a tag, the sample's customers that carry it today.
     */
    public List<ReportRows.Point> sample(Snapshot run, Audience audience, ReportFilter filter) {
        Map<String, Object> p = new HashMap<>();
        p.put("run", run.runId());
        p.put("max", MAX);
        String tag = "";
        if (filter.tag() != null) {
            p.put("tag", filter.tag());
            tag = " and c.tags @> array[cast(:tag as text)]";
        }
        String sql = SqlText.fill("""
                select p.customer_id, p.current_value, p.growth_potential, p.tier
                from (select * from report_point where run_id = :run and {audience}{kind}) p
                join customer c on c.id = p.customer_id and c.owner_id = p.owner_id{tag}
                order by hashint8(p.customer_id) limit :max""", Map.of("audience", audience.sql("owner_id", p),
                "kind", Cells.kind("organisation", filter, p), "tag", tag));
        return jdbc.sql(sql).params(p).query((rs, n) -> new ReportRows.Point(rs.getLong(1), rs.getDouble(2),
                rs.getDouble(3), rs.getString(4))).list();
    }
}
