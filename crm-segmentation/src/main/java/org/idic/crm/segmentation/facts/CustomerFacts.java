package org.idic.crm.segmentation.facts;

/**
 * Per-customer facts as of a reference date {@code asOf}, already aggregated, one index per customer
 * (struct of arrays: a million customers cost about 110 MB and no per-customer objects). Build with
 * {@link #builder(int)} or {@link FactsSummarizer}.
 *
 * <p>Definitions (W = the analysis window: days d with asOf − windowDays &lt; d ≤ asOf; "recent" =
 * asOf − recentDays &lt; d ≤ asOf; "prior" = asOf − 2·recentDays &lt; d ≤ asOf − recentDays; only
 * completed orders dated on or before asOf count; a purchase day is a calendar day with at least one
 * such order; an order's margin is amount − cost, or amount × defaultMarginRate when it has no cost):
 * <ul>
 *   <li>{@code id}: the customer's stable id, unique.</li>
 *   <li>{@code firstPurchaseDay}, {@code lastPurchaseDay}: epoch days (LocalDate.toEpochDay) of the first
 *       and last purchase day; {@link #NO_PURCHASE} when the customer has none.</li>
 *   <li>{@code purchaseDaysTotal}: number of distinct purchase days on or before asOf.</li>
 *   <li>{@code purchaseDaysInWindow}: number of distinct purchase days in W.</li>
 *   <li>{@code ordersInWindow}: number of orders in W (for the average-order monetary mode).</li>
 *   <li>{@code revenueWindow}, {@code marginWindow}: Σ amount and Σ margin of the orders in W.</li>
 *   <li>{@code revenueTotal}, {@code marginTotal}: the same over all orders on or before asOf.</li>
 *   <li>{@code repeatRevenue}: Σ amount of the orders on purchase days after the first purchase day
 *       (so m_x = repeatRevenue / (purchaseDaysTotal − 1) for Gamma-Gamma).</li>
 *   <li>{@code revenueRecent}, {@code revenuePrior}: Σ amount in the recent and the prior period.</li>
 *   <li>{@code serviceCostWindow}: Σ interactions in W × their channel's cost + complaints in W ×
 *       complaintCost (the cost to serve), ≥ 0.</li>
 *   <li>{@code walletEstimate}: estimated annual spend of the customer on this kind of product with all
 *       suppliers; NaN when unknown.</li>
 *   <li>{@code closed}: the account was closed by a user.</li>
 * </ul>
 * The window lengths used to aggregate must be the {@code windowDays} and {@code recentDays} of the
 * settings the engine is called with.
 */
public final class CustomerFacts {

    /** The first/last purchase day of a customer without purchases. */
    public static final int NO_PURCHASE = Integer.MIN_VALUE;

    final long[] id;
    final int[] firstPurchaseDay;
    final int[] lastPurchaseDay;
    final int[] purchaseDaysTotal;
    final int[] purchaseDaysInWindow;
    final int[] ordersInWindow;
    final double[] revenueWindow;
    final double[] marginWindow;
    final double[] revenueTotal;
    final double[] marginTotal;
    final double[] repeatRevenue;
    final double[] revenueRecent;
    final double[] revenuePrior;
    final double[] serviceCostWindow;
    final double[] walletEstimate;
    final boolean[] closed;

    CustomerFacts(CustomerFactsBuilder b) {
        int n = b.size;
        id = java.util.Arrays.copyOf(b.id, n);
        firstPurchaseDay = java.util.Arrays.copyOf(b.firstPurchaseDay, n);
        lastPurchaseDay = java.util.Arrays.copyOf(b.lastPurchaseDay, n);
        purchaseDaysTotal = java.util.Arrays.copyOf(b.purchaseDaysTotal, n);
        purchaseDaysInWindow = java.util.Arrays.copyOf(b.purchaseDaysInWindow, n);
        ordersInWindow = java.util.Arrays.copyOf(b.ordersInWindow, n);
        revenueWindow = java.util.Arrays.copyOf(b.revenueWindow, n);
        marginWindow = java.util.Arrays.copyOf(b.marginWindow, n);
        revenueTotal = java.util.Arrays.copyOf(b.revenueTotal, n);
        marginTotal = java.util.Arrays.copyOf(b.marginTotal, n);
        repeatRevenue = java.util.Arrays.copyOf(b.repeatRevenue, n);
        revenueRecent = java.util.Arrays.copyOf(b.revenueRecent, n);
        revenuePrior = java.util.Arrays.copyOf(b.revenuePrior, n);
        serviceCostWindow = java.util.Arrays.copyOf(b.serviceCostWindow, n);
        walletEstimate = java.util.Arrays.copyOf(b.walletEstimate, n);
        closed = java.util.Arrays.copyOf(b.closed, n);
    }

    /** A builder for about {@code capacity} customers (it grows as needed). */
    public static CustomerFactsBuilder builder(int capacity) {
        return new CustomerFactsBuilder(capacity);
    }

    public int size() {
        return id.length;
    }

    public long id(int i) {
        return id[i];
    }

    /** True when the customer has at least one purchase day on or before asOf. */
    public boolean hasPurchase(int i) {
        return purchaseDaysTotal[i] > 0;
    }

    public int firstPurchaseDay(int i) {
        return firstPurchaseDay[i];
    }

    public int lastPurchaseDay(int i) {
        return lastPurchaseDay[i];
    }

    public int purchaseDaysTotal(int i) {
        return purchaseDaysTotal[i];
    }

    public int purchaseDaysInWindow(int i) {
        return purchaseDaysInWindow[i];
    }

    public int ordersInWindow(int i) {
        return ordersInWindow[i];
    }

    public double revenueWindow(int i) {
        return revenueWindow[i];
    }

    public double marginWindow(int i) {
        return marginWindow[i];
    }

    public double revenueTotal(int i) {
        return revenueTotal[i];
    }

    public double marginTotal(int i) {
        return marginTotal[i];
    }

    public double repeatRevenue(int i) {
        return repeatRevenue[i];
    }

    public double revenueRecent(int i) {
        return revenueRecent[i];
    }

    public double revenuePrior(int i) {
        return revenuePrior[i];
    }

    public double serviceCostWindow(int i) {
        return serviceCostWindow[i];
    }

    public double walletEstimate(int i) {
        return walletEstimate[i];
    }

    public boolean closed(int i) {
        return closed[i];
    }
}
