package org.idic.crm.domain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.segmentation.Snapshot;

/** The figures of each report, ready for a chart and its table. */
public final class ReportRows {

    private ReportRows() {
    }

    /** The snapshot a report was computed from. */
    public record Snapshot(Long runId, LocalDate asOf) {
    }

    /** One value of a dimension with its sums and its shares of the whole (0..1). */
    public record Row(String value, long customers, double revenue, double margin, double clv, double customerShare,
            double revenueShare) {
    }

    /** Customers, revenue, margin and CLV per tier, per ABC class and per pyramid level. */
    public record Tiers(Snapshot snapshot, List<Row> tiers, List<Row> abc, List<Row> pyramid) {
    }

    /**
     * The Pareto curve: points of (share of customers, share of revenue), richest first, and where the
     * curve reaches 80% of revenue.
     */
    public record Pareto(Snapshot snapshot, List<double[]> points, long customers, double revenue,
            double customerShareFor80, long customersFor80) {

        /** The share of revenue the richest {@code customerShare} of customers bring (read off the curve). */
        public double revenueShareAt(double customerShare) {
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1);
                double[] b = points.get(i);
                if (customerShare <= b[0]) {
                    return b[0] == a[0] ? b[1] : a[1] + (b[1] - a[1]) * (customerShare - a[0]) / (b[0] - a[0]);
                }
            }
            return points.isEmpty() ? 0 : points.get(points.size() - 1)[1];
        }
    }

    /** One cell of the R × F grid. */
    public record RfmCell(int r, int f, long customers, double averageSpend, String segment) {
    }

    /** The R × F grid (k × k). */
    public record Rfm(Snapshot snapshot, int k, List<RfmCell> cells) {
    }

    /** One customer in the value-matrix scatter. */
    public record Point(long customerId, double currentValue, double growthPotential, String tier) {
    }

    /** The value matrix: a sample of points, every quadrant's count, the two thresholds. */
    public record ValueMatrix(Snapshot snapshot, List<Point> points, Map<String, Long> quadrants,
            Double mvcThreshold, Double mgcThreshold, long placed) {
    }

    /** Customers and revenue per lifecycle stage, and customers per relationship status. */
    public record Lifecycle(Snapshot snapshot, List<Row> stages, List<Row> relationships) {
    }
}
