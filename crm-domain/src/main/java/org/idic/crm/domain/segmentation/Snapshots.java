package org.idic.crm.domain.segmentation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which scores are current, and which runs can be compared: the one place that answers it (the runs'
 * tables are this module's).
 */
@Service
@Transactional(readOnly = true)
public class Snapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select r.id, r.as_of, r.owner_changes_since, r.model_json from segmentation_run r""";

    private final JdbcClient jdbc;

    Snapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The snapshot pages show, if any run has succeeded. */
    public Optional<Snapshot> current() {
        return jdbc.sql(SELECT + " join segmentation_current c on c.run_id = r.id").query(Snapshots::row).optional();
    }

    /** A successful run's snapshot (its full scores or, for an older run, its history). */
    public Optional<Snapshot> of(Long runId) {
        return jdbc.sql(SELECT + " where r.id = :run and r.status = 'SUCCEEDED'").param("run", runId)
                .query(Snapshots::row).optional();
    }

    /** Every successful run, newest first, with its as-of date. */
    public List<Run> succeeded() {
        return jdbc.sql("select id, as_of from segmentation_run where status = 'SUCCEEDED' order by id desc")
                .query((rs, n) -> new Run(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** A successful run. */
    public record Run(Long id, LocalDate asOf) {
    }

    private static Snapshot row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp since = rs.getTimestamp(3);
        String model = rs.getString(4);
        JsonNode matrix = model == null ? null : JSON.readTree(model).get("valueMatrix");
        return new Snapshot(rs.getLong(1), rs.getObject(2, LocalDate.class), since == null ? null : since.toInstant(),
                number(matrix, "mvcThreshold"), number(matrix, "mgcThreshold"));
    }

    private static Double number(JsonNode node, String field) {
        return node == null || node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asDouble();
    }
}
