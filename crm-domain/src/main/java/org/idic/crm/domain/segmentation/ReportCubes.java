package org.idic.crm.domain.segmentation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.idic.crm.domain.support.BinaryCopy;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.tier.Tier;

/**
 * The report tables of a run, added up in memory from the scores just computed (a second pass over
 * the million rows in SQL would cost seconds; this costs milliseconds) and copied in with the scores:
 * sums per owner, customer type and value of each dimension, the same per tag, and the value-matrix
 * sample.
 */
public final class ReportCubes {

    /** Revenue bins of the Pareto curve grow by 4% each: fine enough to find the 80% point closely. */
    public static final double PARETO_STEP = Math.log(1.04);
    /** Points per owner and customer type in the value-matrix sample. */
    static final int SAMPLE_PER_GROUP = 200;

    private record Key(long owner, boolean organisation, String dimension, String value) {
    }

    private record TagKey(long owner, boolean organisation, String tag, String dimension, String value) {
    }

    private static final class Sum {
        int customers;
        double revenue;
        double margin;
        double clv;
        double monetary;
    }

    private final Map<Key, Sum> cells = new HashMap<>();
    private final Map<TagKey, Sum> tagCells = new HashMap<>();
    /** The tags of the customer being added (each of its sums is also added to every tag's). */
    private String[] currentTags = new String[0];

    private ReportCubes() {
    }

    static void write(Connection connection, Long runId, CustomerFacts facts, SegmentationResult r,
            FactsQuery.LoadedFacts loaded) throws SQLException {
        long[] owners = loaded.ownerIds();
        boolean[] organisations = loaded.organisation();
        ReportCubes cubes = new ReportCubes();
        for (int i = 0; i < r.size(); i++) {
            cubes.add(facts, r, i, owners[i], organisations[i], loaded.tags()[i]);
        }
        try (BinaryCopy copy = new BinaryCopy(connection, "report_cell",
                "run_id, owner_id, organisation, dimension, value, customers, revenue, margin, clv, monetary")) {
            for (var cell : cubes.cells.entrySet()) {
                Key k = cell.getKey();
                Sum s = cell.getValue();
                copy.row(10).int8(runId).int8(k.owner()).bool(k.organisation()).text(k.dimension()).text(k.value())
                        .int4(s.customers).float8(s.revenue).float8(s.margin).float8(s.clv).float8(s.monetary);
                copy.endRow();
            }
        }
        try (BinaryCopy copy = new BinaryCopy(connection, "report_tag_cell",
                "run_id, owner_id, organisation, tag, dimension, value, customers, revenue, margin, clv, monetary")) {
            for (var cell : cubes.tagCells.entrySet()) {
                TagKey k = cell.getKey();
                Sum s = cell.getValue();
                copy.row(11).int8(runId).int8(k.owner()).bool(k.organisation()).text(k.tag()).text(k.dimension())
                        .text(k.value()).int4(s.customers).float8(s.revenue).float8(s.margin).float8(s.clv)
                        .float8(s.monetary);
                copy.endRow();
            }
        }
        writeSample(connection, runId, r, owners, organisations);
    }

    private void add(CustomerFacts facts, SegmentationResult r, int i, long owner, boolean organisation,
            String[] tags) {
        currentTags = tags;
        double revenue = facts.revenueWindow(i);
        double margin = facts.marginWindow(i);
        double clv = Double.isFinite(r.predictedClv(i)) ? r.predictedClv(i) : 0;
        double monetary = Double.isFinite(r.monetary(i)) ? r.monetary(i) : 0;
        add(owner, organisation, "tier", r.tier(i).name(), revenue, margin, clv, monetary);
        add(owner, organisation, "abc", r.abcClass(i).name(), revenue, margin, clv, monetary);
        add(owner, organisation, "pyramid", r.pyramidLevel(i).name(), revenue, margin, clv, monetary);
        add(owner, organisation, "lifecycle", r.lifecycleStage(i).name(), revenue, margin, clv, monetary);
        add(owner, organisation, "relationship", r.relationship(i).name(), revenue, margin, clv, monetary);
        add(owner, organisation, "quadrant", r.valueQuadrant(i).name(), revenue, margin, clv, monetary);
        if (r.rScore(i) > 0) {
            add(owner, organisation, "rfm", r.rScore(i) + ":" + r.fScore(i) + ":" + r.rfmSegment(i).name(), revenue,
                    margin, clv, monetary);
        }
        if (r.tier(i) != Tier.PROSPECT) {
            add(owner, organisation, "pareto", paretoBin(revenue), revenue, margin, clv, monetary);
        }
    }

    /** The Pareto bin of a revenue: "none" for nothing (or less) in the window, else its 4% step. */
    static String paretoBin(double revenue) {
        return revenue > 0 ? Integer.toString((int) Math.floor(Math.log(revenue) / PARETO_STEP)) : "none";
    }

    private void add(long owner, boolean organisation, String dimension, String value, double revenue,
            double margin, double clv, double monetary) {
        add(cells.computeIfAbsent(new Key(owner, organisation, dimension, value), k -> new Sum()), revenue, margin, clv,
                monetary);
        for (String tag : currentTags) {
            add(tagCells.computeIfAbsent(new TagKey(owner, organisation, tag, dimension, value), k -> new Sum()),
                    revenue, margin, clv, monetary);
        }
    }

    private static void add(Sum s, double revenue, double margin, double clv, double monetary) {
        s.customers++;
        s.revenue += revenue;
        s.margin += margin;
        s.clv += clv;
        s.monetary += monetary;
    }

    /** The first customers (in id order) of each owner and type that have a place in the value matrix. */
    private static void writeSample(Connection connection, Long runId, SegmentationResult r, long[] owners,
            boolean[] organisations) throws SQLException {
        Map<Key, Integer> taken = new HashMap<>();
        try (BinaryCopy copy = new BinaryCopy(connection, "report_point",
                "run_id, owner_id, organisation, customer_id, current_value, growth_potential, tier")) {
            for (int i = 0; i < r.size(); i++) {
                if (r.valueQuadrant(i).name().equals("NONE") || !Double.isFinite(r.growthPotential(i))) {
                    continue;
                }
                Key group = new Key(owners[i], organisations[i], "", "");
                if (taken.merge(group, 1, Integer::sum) > SAMPLE_PER_GROUP) {
                    continue;
                }
                copy.row(7).int8(runId).int8(owners[i]).bool(organisations[i]).int8(r.customerId(i))
                        .float8(r.currentValue(i)).float8(r.growthPotential(i)).text(r.tier(i).name());
                copy.endRow();
            }
        }
    }
}
