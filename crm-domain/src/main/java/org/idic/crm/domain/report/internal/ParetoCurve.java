package org.idic.crm.domain.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.idic.crm.domain.report.ReportRows;

/**
 * The Pareto curve from revenue bins (4% wide): richest bin first, cumulative shares of customers and
 * revenue; the 80% point is interpolated inside its bin, taking the bin's customers as equal.
 */
public final class ParetoCurve {

    static final double TARGET = 0.80;

    private ParetoCurve() {
    }

    public static ReportRows.Pareto of(ReportRows.Snapshot snapshot, List<Cell> bins) {
        List<Cell> sorted = new ArrayList<>(bins);
        sorted.sort(Comparator.comparingInt(ParetoCurve::order).reversed());
        long customers = sorted.stream().mapToLong(Cell::customers).sum();
        double revenue = sorted.stream().filter(c -> !c.value().equals(ParetoBins.NONE)).mapToDouble(Cell::revenue)
                .sum();
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        long cumCustomers = 0;
        double cumRevenue = 0;
        double customersFor80 = customers;
        boolean found = revenue <= 0;
        for (Cell bin : sorted) {
            double binRevenue = bin.value().equals(ParetoBins.NONE) ? 0 : bin.revenue();
            if (!found && cumRevenue + binRevenue >= TARGET * revenue) {
                double needed = TARGET * revenue - cumRevenue;
                customersFor80 = cumCustomers + Math.ceil(bin.customers() * needed / binRevenue);
                found = true;
            }
            cumCustomers += bin.customers();
            cumRevenue += binRevenue;
            points.add(new double[] {share(cumCustomers, customers), revenue <= 0 ? 0 : cumRevenue / revenue});
        }
        return new ReportRows.Pareto(snapshot, thin(points), customers, revenue,
                customers == 0 ? 0 : customersFor80 / customers, (long) customersFor80);
    }

    private static int order(Cell bin) {
        return bin.value().equals(ParetoBins.NONE) ? Integer.MIN_VALUE : Integer.parseInt(bin.value());
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** At most about 200 points: a chart needs no more, and the page stays small. */
    private static List<double[]> thin(List<double[]> points) {
        if (points.size() <= 200) {
            return points;
        }
        List<double[]> thinned = new ArrayList<>();
        double step = (points.size() - 1) / 199.0;
        for (int i = 0; i < 200; i++) {
            thinned.add(points.get((int) Math.round(i * step)));
        }
        return thinned;
    }
}
