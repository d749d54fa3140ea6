package org.idic.crm.domain.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The value-matrix sample and thresholds of a run. */
@Component
class Points {

    /** A scatter with more points than this shows a sample (quadrant counts stay exact). */
    static final int MAX = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NamedParameterJdbcTemplate jdbc;

    Points(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportRows.Point> sample(Long runId, Audience audience, ReportFilter filter) {
        Map<String, Object> p = new HashMap<>();
        p.put("run", runId);
        p.put("max", MAX);
        // a customer given to another rep since the run is left out of the sample (not shown to the old one);
        // with a tag, the sample's customers that carry it today
        String tag = "";
        if (filter.tag() != null) {
            p.put("tag", filter.tag());
            tag = " and c.tags @> array[cast(:tag as text)]";
        }
        String sql = "select p.customer_id, p.current_value, p.growth_potential, p.tier from (select * from report_point"
                + " where run_id = :run and " + audience.sql("owner_id", p) + Cells.kind("organisation", filter, p)
                + ") p join customer c on c.id = p.customer_id and c.owner_id = p.owner_id" + tag
                + " order by hashint8(p.customer_id) limit :max";
        return jdbc.query(sql, p, (rs, n) -> new ReportRows.Point(rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
                rs.getString(4)));
    }

    /** The MVC and MGC thresholds the run cut the value matrix at (null when nobody qualified). */
    Double[] thresholds(Long runId) {
        String json = jdbc.getJdbcTemplate().queryForObject("select model_json from segmentation_run where id = ?",
                String.class, runId);
        JsonNode matrix = json == null ? null : JSON.readTree(json).get("valueMatrix");
        return new Double[] {number(matrix, "mvcThreshold"), number(matrix, "mgcThreshold")};
    }

    private static Double number(JsonNode node, String field) {
        return node == null || node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asDouble();
    }
}
