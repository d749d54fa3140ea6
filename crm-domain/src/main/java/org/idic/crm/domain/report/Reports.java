package org.idic.crm.domain.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.report.internal.Audience;
import org.idic.crm.domain.report.internal.Cell;
import org.idic.crm.domain.report.internal.Cells;
import org.idic.crm.domain.report.internal.ParetoCurve;
import org.idic.crm.domain.report.internal.Points;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.domain.segmentation.Snapshot;
import org.idic.crm.domain.segmentation.Snapshots;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.segmentation.tier.ValueQuadrant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager reports of the current snapshot, each counting only the customers the viewer may see
 * (their own, their team's, or all, narrowed by the filter).
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final Snapshots snapshots;
    private final SettingsVersions settings;
    private final UserAccounts users;
    private final Cells cells;
    private final Points points;

    Reports(Snapshots snapshots, SettingsVersions settings, UserAccounts users, Cells cells, Points points) {
        this.snapshots = snapshots;
        this.settings = settings;
        this.users = users;
        this.cells = cells;
        this.points = points;
    }

    /** The current snapshot, if any run has finished. */
    public Optional<ReportRows.Snapshot> current() {
        return snapshots.current().map(Reports::shown);
    }

    public Optional<ReportRows.Tiers> tiers(Actor actor, ReportFilter filter) {
        return report(actor, filter, List.of(Dimension.TIER, Dimension.ABC, Dimension.PYRAMID), (s, by) ->
                new ReportRows.Tiers(shown(s), rows(by.get(Dimension.TIER), Tier.values()),
                        rows(by.get(Dimension.ABC), AbcClass.values()),
                        rows(by.get(Dimension.PYRAMID), PyramidLevel.values())));
    }

    public Optional<ReportRows.Lifecycle> lifecycle(Actor actor, ReportFilter filter) {
        return report(actor, filter, List.of(Dimension.LIFECYCLE, Dimension.RELATIONSHIP), (s, by) ->
                new ReportRows.Lifecycle(shown(s), rows(by.get(Dimension.LIFECYCLE), LifecycleStage.values()),
                        rows(by.get(Dimension.RELATIONSHIP), Relationship.values())));
    }

    public Optional<ReportRows.Pareto> pareto(Actor actor, ReportFilter filter) {
        return report(actor, filter, List.of(Dimension.PARETO), (s, by) ->
                ParetoCurve.of(shown(s), by.getOrDefault(Dimension.PARETO, List.of())));
    }

    public Optional<ReportRows.Rfm> rfm(Actor actor, ReportFilter filter) {
        return report(actor, filter, List.of(Dimension.RFM), (s, by) -> {
            List<ReportRows.RfmCell> grid = new ArrayList<>();
            int k = 0;
            for (Cell c : by.getOrDefault(Dimension.RFM, List.of())) {
                String[] parts = c.value().split(":");
                int r = Integer.parseInt(parts[0]);
                int f = Integer.parseInt(parts[1]);
                k = Math.max(k, Math.max(r, f));
                grid.add(new ReportRows.RfmCell(r, f, c.customers(),
                        c.customers() == 0 ? 0 : c.monetary() / c.customers(), parts[2]));
            }
            grid.sort(Comparator.comparingInt(ReportRows.RfmCell::r).reversed()
                    .thenComparingInt(ReportRows.RfmCell::f));
            return new ReportRows.Rfm(shown(s), Math.max(k, settings.current().settings().rfmK()), grid);
        });
    }

    public Optional<ReportRows.ValueMatrix> valueMatrix(Actor actor, ReportFilter filter) {
        return snapshots.current().map(s -> {
            Audience audience = Audience.of(actor, filter, users);
            Map<String, Long> quadrants = new LinkedHashMap<>();
            for (ValueQuadrant q : ValueQuadrant.values()) {
                if (q != ValueQuadrant.NONE) {
                    quadrants.put(q.name(), 0L);
                }
            }
            long placed = 0;
            for (Cell c : cells.of(s, List.of(Dimension.QUADRANT), audience, filter)) {
                if (!c.value().equals(ValueQuadrant.NONE.name())) {
                    quadrants.put(c.value(), c.customers());
                    placed += c.customers();
                }
            }
            return new ReportRows.ValueMatrix(shown(s), points.sample(s, audience, filter), quadrants,
                    s.mvcThreshold(), s.mgcThreshold(), placed);
        });
    }

    /**
     * How many customers the actor may see have {@code value} in {@code dimension} in the current
     * snapshot (for {@link Dimension#RFM}, {@code value} is a segment), with the reports' rep, team, type
     * and tag filters: the count a customer list filtered by one score needs, added up from the run's sums
     * instead of counting rows. Empty without a snapshot.
     */
    public OptionalLong customersWith(Actor actor, ReportFilter filter, Dimension dimension, String value) {
        return snapshots.current().map(s -> OptionalLong.of(cells.of(s, List.of(dimension),
                Audience.of(actor, filter, users), filter).stream()
                .filter(c -> dimension == Dimension.RFM ? c.value().endsWith(":" + value) : c.value().equals(value))
                .mapToLong(Cell::customers).sum())).orElse(OptionalLong.empty());
    }

    /** A report of the current snapshot from the sums of some dimensions, by dimension. */
    private <T> Optional<T> report(Actor actor, ReportFilter filter, List<Dimension> dimensions,
            java.util.function.BiFunction<Snapshot, Map<Dimension, List<Cell>>, T> build) {
        return snapshots.current().map(s -> build.apply(s, byDimension(cells.of(s, dimensions,
                Audience.of(actor, filter, users), filter))));
    }

    private static ReportRows.Snapshot shown(Snapshot s) {
        return new ReportRows.Snapshot(s.runId(), s.asOf());
    }

    private static Map<Dimension, List<Cell>> byDimension(List<Cell> all) {
        Map<String, Dimension> byCode = new HashMap<>();
        for (Dimension d : Dimension.values()) {
            byCode.put(d.code(), d);
        }
        Map<Dimension, List<Cell>> by = new EnumMap<>(Dimension.class);
        all.forEach(c -> by.computeIfAbsent(byCode.get(c.dimension()), d -> new ArrayList<>()).add(c));
        return by;
    }

    /** Every value in its natural order (zeros included), with shares of the whole. */
    static List<ReportRows.Row> rows(List<Cell> cells, Enum<?>[] order) {
        Map<String, Cell> byValue = new HashMap<>();
        if (cells != null) {
            cells.forEach(c -> byValue.put(c.value(), c));
        }
        long customers = byValue.values().stream().mapToLong(Cell::customers).sum();
        double revenue = byValue.values().stream().mapToDouble(Cell::revenue).sum();
        List<ReportRows.Row> rows = new ArrayList<>();
        for (Enum<?> value : order) {
            Cell c = byValue.get(value.name());
            if (c == null) {
                rows.add(new ReportRows.Row(value.name(), 0, 0, 0, 0, 0, 0));
            } else {
                rows.add(new ReportRows.Row(value.name(), c.customers(), c.revenue(), c.margin(), c.clv(),
                        customers == 0 ? 0 : (double) c.customers() / customers,
                        revenue == 0 ? 0 : c.revenue() / revenue));
            }
        }
        return rows;
    }
}
