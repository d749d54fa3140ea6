package org.idic.crm.domain.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.report.ReportRows.Snapshot;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.tier.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager reports of the current snapshot, each counting only the customers the viewer may see
 * (their own, their team's, or all, narrowed by the filter).
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final JdbcTemplate jdbc;
    private final Cells cells;
    private final Points points;

    Reports(JdbcTemplate jdbc, Cells cells, Points points) {
        this.jdbc = jdbc;
        this.cells = cells;
        this.points = points;
    }

    /** The current snapshot, if any run has finished. */
    public Optional<Snapshot> current() {
        return jdbc.query("select r.id, r.as_of from segmentation_current c join segmentation_run r on r.id = c.run_id",
                (rs, n) -> new Snapshot(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class))).stream().findFirst();
    }

    public Optional<ReportRows.Tiers> tiers(Actor actor, ReportFilter filter) {
        return current().map(s -> {
            Map<String, List<Cell>> by = byDimension(cells.of(s.runId(), List.of("tier", "abc", "pyramid"),
                    Audience.of(actor, filter, jdbc), filter));
            return new ReportRows.Tiers(s, rows(by.get("tier"), names(Tier.values())),
                    rows(by.get("abc"), names(AbcClass.values())), rows(by.get("pyramid"), names(PyramidLevel.values())));
        });
    }

    public Optional<ReportRows.Lifecycle> lifecycle(Actor actor, ReportFilter filter) {
        return current().map(s -> {
            Map<String, List<Cell>> by = byDimension(cells.of(s.runId(), List.of("lifecycle", "relationship"),
                    Audience.of(actor, filter, jdbc), filter));
            return new ReportRows.Lifecycle(s, rows(by.get("lifecycle"), names(LifecycleStage.values())),
                    rows(by.get("relationship"), names(Relationship.values())));
        });
    }

    public Optional<ReportRows.Pareto> pareto(Actor actor, ReportFilter filter) {
        return current().map(s -> ParetoCurve.of(s, cells.of(s.runId(), List.of("pareto"),
                Audience.of(actor, filter, jdbc), filter)));
    }

    public Optional<ReportRows.Rfm> rfm(Actor actor, ReportFilter filter) {
        return current().map(s -> {
            List<ReportRows.RfmCell> grid = new ArrayList<>();
            int k = 0;
            for (Cell c : cells.of(s.runId(), List.of("rfm"), Audience.of(actor, filter, jdbc), filter)) {
                String[] parts = c.value().split(":");
                int r = Integer.parseInt(parts[0]);
                int f = Integer.parseInt(parts[1]);
                k = Math.max(k, Math.max(r, f));
                grid.add(new ReportRows.RfmCell(r, f, c.customers(), c.customers() == 0 ? 0 : c.monetary() / c.customers(),
                        parts[2]));
            }
            grid.sort(Comparator.comparingInt(ReportRows.RfmCell::r).reversed()
                    .thenComparingInt(ReportRows.RfmCell::f));
            return new ReportRows.Rfm(s, Math.max(k, settingsK()), grid);
        });
    }

    public Optional<ReportRows.ValueMatrix> valueMatrix(Actor actor, ReportFilter filter) {
        return current().map(s -> {
            Audience audience = Audience.of(actor, filter, jdbc);
            Map<String, Long> quadrants = new LinkedHashMap<>();
            for (String q : List.of("I", "II", "III", "IV")) {
                quadrants.put(q, 0L);
            }
            long placed = 0;
            for (Cell c : cells.of(s.runId(), List.of("quadrant"), audience, filter)) {
                if (!c.value().equals("NONE")) {
                    quadrants.put(c.value(), c.customers());
                    placed += c.customers();
                }
            }
            Double[] thresholds = points.thresholds(s.runId());
            return new ReportRows.ValueMatrix(s, points.sample(s.runId(), audience, filter), quadrants,
                    thresholds[0], thresholds[1], placed);
        });
    }

    /**
     * How many customers the actor may see have {@code value} in {@code dimension} in the current
     * snapshot (tier, abc, pyramid, lifecycle, relationship, quadrant; rfm takes a segment), with the
     * reports' rep, team, type and tag filters: the count a customer list filtered by one score needs,
     * added up from the run's sums instead of counting rows. Empty without a snapshot.
     */
    public java.util.OptionalLong customersWith(Actor actor, ReportFilter filter, String dimension, String value) {
        return current().map(s -> cells.of(s.runId(), List.of(dimension), Audience.of(actor, filter, jdbc), filter)
                .stream().filter(c -> dimension.equals("rfm") ? c.value().endsWith(":" + value) : c.value().equals(value))
                .mapToLong(Cell::customers).sum()).map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }

    private int settingsK() {
        Integer k = jdbc.query("select settings_json from segmentation_settings order by version desc limit 1",
                rs -> rs.next() ? org.idic.crm.segmentation.settings.SettingsJson.read(rs.getString(1)).rfmK() : 5);
        return k == null ? 5 : k;
    }

    private static Map<String, List<Cell>> byDimension(List<Cell> all) {
        Map<String, List<Cell>> by = new HashMap<>();
        all.forEach(c -> by.computeIfAbsent(c.dimension(), d -> new ArrayList<>()).add(c));
        return by;
    }

    /** Every value in its natural order (zeros included), with shares of the whole. */
    static List<ReportRows.Row> rows(List<Cell> cells, List<String> order) {
        Map<String, Cell> byValue = new HashMap<>();
        if (cells != null) {
            cells.forEach(c -> byValue.put(c.value(), c));
        }
        long customers = byValue.values().stream().mapToLong(Cell::customers).sum();
        double revenue = byValue.values().stream().mapToDouble(Cell::revenue).sum();
        List<ReportRows.Row> rows = new ArrayList<>();
        for (String value : order) {
            Cell c = byValue.get(value);
            if (c == null) {
                rows.add(new ReportRows.Row(value, 0, 0, 0, 0, 0, 0));
            } else {
                rows.add(new ReportRows.Row(value, c.customers(), c.revenue(), c.margin(), c.clv(),
                        customers == 0 ? 0 : (double) c.customers() / customers, revenue == 0 ? 0 : c.revenue() / revenue));
            }
        }
        return rows;
    }

    static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }
}
