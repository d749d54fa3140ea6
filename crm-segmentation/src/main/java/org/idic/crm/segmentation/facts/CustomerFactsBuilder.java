package org.idic.crm.segmentation.facts;

import java.util.Arrays;

/**
 * Builds {@link CustomerFacts} row by row: {@link #add(long)} starts a customer (a prospect with no
 * purchases, no costs and no wallet estimate until told otherwise); the other methods set the current
 * customer's facts. {@link #build()} checks every row and rejects inconsistent facts.
 *
 * <pre>{@code
 * CustomerFacts facts = CustomerFacts.builder(2)
 *     .add(42).purchases(first, last, 3, 2, 2).revenue(900, 1500, 400, 500, 1100).margin(270, 450)
 *     .serviceCost(35).walletEstimate(5000)
 *     .add(43)                      // a prospect
 *     .build();
 * }</pre>
 */
public final class CustomerFactsBuilder {

    int size;
    long[] id;
    int[] firstPurchaseDay;
    int[] lastPurchaseDay;
    int[] purchaseDaysTotal;
    int[] purchaseDaysInWindow;
    int[] ordersInWindow;
    double[] revenueWindow;
    double[] marginWindow;
    double[] revenueTotal;
    double[] marginTotal;
    double[] repeatRevenue;
    double[] revenueRecent;
    double[] revenuePrior;
    double[] serviceCostWindow;
    double[] walletEstimate;
    boolean[] closed;

    CustomerFactsBuilder(int capacity) {
        allocate(Math.max(capacity, 4));
    }

    /** Starts the next customer. */
    public CustomerFactsBuilder add(long customerId) {
        if (size == id.length) {
            allocate(size * 2);
        }
        id[size] = customerId;
        firstPurchaseDay[size] = CustomerFacts.NO_PURCHASE;
        lastPurchaseDay[size] = CustomerFacts.NO_PURCHASE;
        walletEstimate[size] = Double.NaN;
        size++;
        return this;
    }

    /** Purchase days of the current customer (epoch days; see {@link CustomerFacts} for definitions). */
    public CustomerFactsBuilder purchases(int firstDay, int lastDay, int daysTotal, int daysInWindow, int ordersInWindow) {
        int i = current();
        firstPurchaseDay[i] = firstDay;
        lastPurchaseDay[i] = lastDay;
        purchaseDaysTotal[i] = daysTotal;
        purchaseDaysInWindow[i] = daysInWindow;
        this.ordersInWindow[i] = ordersInWindow;
        return this;
    }

    /** Revenue sums of the current customer: window W, all time, recent, prior, and repeat purchases. */
    public CustomerFactsBuilder revenue(double window, double total, double recent, double prior, double repeat) {
        int i = current();
        revenueWindow[i] = window;
        revenueTotal[i] = total;
        revenueRecent[i] = recent;
        revenuePrior[i] = prior;
        repeatRevenue[i] = repeat;
        return this;
    }

    /** Margin sums of the current customer: window W and all time. */
    public CustomerFactsBuilder margin(double window, double total) {
        int i = current();
        marginWindow[i] = window;
        marginTotal[i] = total;
        return this;
    }

    /** Cost to serve the current customer in W. */
    public CustomerFactsBuilder serviceCost(double window) {
        serviceCostWindow[current()] = window;
        return this;
    }

    /** Estimated annual category spend of the current customer with all suppliers (NaN: unknown). */
    public CustomerFactsBuilder walletEstimate(double amount) {
        walletEstimate[current()] = amount;
        return this;
    }

    /** Whether a user closed the current customer's account. */
    public CustomerFactsBuilder closed(boolean isClosed) {
        closed[current()] = isClosed;
        return this;
    }

    /**
     * The facts.
     *
     * @throws IllegalArgumentException naming the first customer whose facts are inconsistent or whose id
     *                                  is duplicated
     */
    public CustomerFacts build() {
        FactsChecks.check(this);
        return new CustomerFacts(this);
    }

    private int current() {
        if (size == 0) {
            throw new IllegalStateException("call add(customerId) first");
        }
        return size - 1;
    }

    private void allocate(int capacity) {
        id = id == null ? new long[capacity] : Arrays.copyOf(id, capacity);
        firstPurchaseDay = grow(firstPurchaseDay, capacity);
        lastPurchaseDay = grow(lastPurchaseDay, capacity);
        purchaseDaysTotal = grow(purchaseDaysTotal, capacity);
        purchaseDaysInWindow = grow(purchaseDaysInWindow, capacity);
        ordersInWindow = grow(ordersInWindow, capacity);
        revenueWindow = grow(revenueWindow, capacity);
        marginWindow = grow(marginWindow, capacity);
        revenueTotal = grow(revenueTotal, capacity);
        marginTotal = grow(marginTotal, capacity);
        repeatRevenue = grow(repeatRevenue, capacity);
        revenueRecent = grow(revenueRecent, capacity);
        revenuePrior = grow(revenuePrior, capacity);
        serviceCostWindow = grow(serviceCostWindow, capacity);
        walletEstimate = grow(walletEstimate, capacity);
        closed = closed == null ? new boolean[capacity] : Arrays.copyOf(closed, capacity);
    }

    private static int[] grow(int[] a, int capacity) {
        return a == null ? new int[capacity] : Arrays.copyOf(a, capacity);
    }

    private static double[] grow(double[] a, int capacity) {
        return a == null ? new double[capacity] : Arrays.copyOf(a, capacity);
    }
}
