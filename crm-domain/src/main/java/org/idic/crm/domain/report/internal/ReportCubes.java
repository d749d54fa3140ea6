package org.idic.crm.domain.report.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.idic.crm.domain.report.Dimension;
import org.idic.crm.domain.segmentation.ScoredRun;
import org.idic.crm.domain.segmentation.ScoresRetired;
import org.idic.crm.domain.segmentation.ScoresWritten;
import org.idic.crm.domain.support.BinaryCopy;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.tier.ValueQuadrant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The report tables of a run, added up in memory from the scores just computed (a second pass over
 * the million rows in SQL would cost seconds; this costs milliseconds) and copied in with the scores,
 * in the transaction that makes them current: sums per owner, customer type and value of each
 * {@link Dimension}, the same per tag, and the value-matrix sample. They go when the run's full scores go.
 */
@Component
class ReportCubes {

    /** Points per owner and customer type in the value-matrix sample. */
    static final int SAMPLE_PER_GROUP = 200;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    ReportCubes(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The run's scores are written: their sums go in the same transaction, on the same connection. */
    @EventListener
    void on(ScoresWritten event) throws SQLException {
        write(DataSourceUtils.getConnection(dataSource), event.run());
    }

    /** The run's full scores are dropped: so are its sums (in the transaction that drops them). */
    @EventListener
    void on(ScoresRetired event) {
        for (String table : new String[] {"report_cell", "report_point", "report_tag_cell"}) {
            jdbc.sql("delete from " + table + " where run_id = :run").param("run", event.runId()).update();
        }
    }

    private record Key(long owner, boolean organisation, Dimension dimension, String value) {
    }

    private record TagKey(long owner, boolean organisation, String tag, Dimension dimension, String value) {
    }

    private static final class Sum {
        int customers;
        double revenue;
        double margin;
        double clv;
        double monetary;

        void add(double r, double m, double c, double mon) {
            customers++;
            revenue += r;
            margin += m;
            clv += c;
            monetary += mon;
        }
    }

    static void write(Connection connection, ScoredRun run) throws SQLException {
        Map<Key, Sum> cells = new HashMap<>();
        Map<TagKey, Sum> tagCells = new HashMap<>();
        SegmentationResult r = run.result();
        Dimension[] dimensions = Dimension.values();
        for (int i = 0; i < r.size(); i++) {
            long owner = run.ownerIds()[i];
            boolean organisation = run.organisation()[i];
            double revenue = run.facts().revenueWindow(i);
            double margin = run.facts().marginWindow(i);
            double clv = Double.isFinite(r.predictedClv(i)) ? r.predictedClv(i) : 0;
            double monetary = Double.isFinite(r.monetary(i)) ? r.monetary(i) : 0;
            for (Dimension dimension : dimensions) {
                String value = dimension.value(run, i);
                if (value == null) {
                    continue;
                }
                cells.computeIfAbsent(new Key(owner, organisation, dimension, value), k -> new Sum())
                        .add(revenue, margin, clv, monetary);
                for (String tag : run.tags()[i]) {
                    tagCells.computeIfAbsent(new TagKey(owner, organisation, tag, dimension, value), k -> new Sum())
                            .add(revenue, margin, clv, monetary);
                }
            }
        }
        Long runId = run.runId();
        try (BinaryCopy copy = new BinaryCopy(connection, "report_cell",
                "run_id, owner_id, organisation, dimension, value, customers, revenue, margin, clv, monetary")) {
            for (var cell : cells.entrySet()) {
                Key k = cell.getKey();
                Sum s = cell.getValue();
                copy.row(10).int8(runId).int8(k.owner()).bool(k.organisation()).text(k.dimension().code())
                        .text(k.value()).int4(s.customers).float8(s.revenue).float8(s.margin).float8(s.clv)
                        .float8(s.monetary);
                copy.endRow();
            }
        }
        try (BinaryCopy copy = new BinaryCopy(connection, "report_tag_cell",
                "run_id, owner_id, organisation, tag, dimension, value, customers, revenue, margin, clv, monetary")) {
            for (var cell : tagCells.entrySet()) {
                TagKey k = cell.getKey();
                Sum s = cell.getValue();
                copy.row(11).int8(runId).int8(k.owner()).bool(k.organisation()).text(k.tag())
                        .text(k.dimension().code()).text(k.value()).int4(s.customers).float8(s.revenue)
                        .float8(s.margin).float8(s.clv).float8(s.monetary);
                copy.endRow();
            }
        }
        writeSample(connection, run);
    }

    /** The first customers (in id order) of each owner and type that have a place in the value matrix. */
    private static void writeSample(Connection connection, ScoredRun run) throws SQLException {
        SegmentationResult r = run.result();
        Map<Key, Integer> taken = new HashMap<>();
        try (BinaryCopy copy = new BinaryCopy(connection, "report_point",
                "run_id, owner_id, organisation, customer_id, current_value, growth_potential, tier")) {
            for (int i = 0; i < r.size(); i++) {
                if (r.valueQuadrant(i) == ValueQuadrant.NONE || !Double.isFinite(r.growthPotential(i))) {
                    continue;
                }
                Key group = new Key(run.ownerIds()[i], run.organisation()[i], null, "");
                if (taken.merge(group, 1, Integer::sum) > SAMPLE_PER_GROUP) {
                    continue;
                }
                copy.row(7).int8(run.runId()).int8(run.ownerIds()[i]).bool(run.organisation()[i])
                        .int8(r.customerId(i)).float8(r.currentValue(i)).float8(r.growthPotential(i))
                        .text(r.tier(i).name());
                copy.endRow();
            }
        }
    }
}
