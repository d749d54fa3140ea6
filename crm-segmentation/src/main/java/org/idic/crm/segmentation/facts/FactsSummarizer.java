package org.idic.crm.segmentation.facts;

import java.time.LocalDate;
import java.util.Arrays;
import org.idic.crm.segmentation.math.IndexSort;
import org.idic.crm.segmentation.math.TupleIndex;
import org.idic.crm.segmentation.settings.Channel;
import org.idic.crm.segmentation.settings.SegmentationSettings;

/**
 * Aggregates raw rows (orders, service costs, interactions, complaints, wallet estimates) into
 * {@link CustomerFacts} as of a date. This is what the command-line tool uses, and its behaviour is
 * the reference the web application's aggregation SQL must reproduce:
 * <ul>
 *   <li>Orders dated after asOf are ignored entirely; a customer known only from such orders is left
 *       out. Every order passed in is taken as completed (leave cancelled and refunded ones out).</li>
 *   <li>An order's margin is amount − cost, or amount × defaultMarginRate when its cost is NaN.</li>
 *   <li>Service costs, interactions and complaints count when dated in W (or undated, for plain
 *       amounts); a customer known only from them, or from a wallet estimate, is a prospect.</li>
 *   <li>Sums are added in order of day, then input order, so results are reproducible.</li>
 * </ul>
 * Customers come out in ascending id order. Not thread-safe.
 */
public final class FactsSummarizer {

    /** Day of a service cost that has no date: it is taken to fall inside the window. */
    public static final int UNDATED = Integer.MIN_VALUE;

    private final int asOf;
    private final int windowStart;
    private final int recentStart;
    private final int priorStart;
    private final SegmentationSettings settings;
    private final TupleIndex customers = new TupleIndex(1 << 16);
    private double[] serviceCost = new double[1 << 16];
    private double[] wallet = filledNaN(1 << 16);
    private boolean[] closed = new boolean[1 << 16];
    private int orders;
    private int[] orderCustomer = new int[1 << 16];
    private int[] orderDay = new int[1 << 16];
    private double[] orderAmount = new double[1 << 16];
    private double[] orderMargin = new double[1 << 16];

    /** A summarizer for facts as of {@code asOf} with the window lengths and costs of {@code settings}. */
    public FactsSummarizer(LocalDate asOf, SegmentationSettings settings) {
        this.settings = settings;
        this.asOf = Math.toIntExact(asOf.toEpochDay());
        this.windowStart = this.asOf - settings.windowDays();
        this.recentStart = this.asOf - settings.recentDays();
        this.priorStart = this.asOf - 2 * settings.recentDays();
    }

    /** One completed order; {@code cost} NaN means the order has no cost (default margin rate applies). */
    public void addOrder(long customerId, int epochDay, double amount, double cost) {
        if (epochDay > asOf) {
            return;
        }
        int c = customer(customerId);
        if (orders == orderDay.length) {
            int grown = orders * 2;
            orderCustomer = Arrays.copyOf(orderCustomer, grown);
            orderDay = Arrays.copyOf(orderDay, grown);
            orderAmount = Arrays.copyOf(orderAmount, grown);
            orderMargin = Arrays.copyOf(orderMargin, grown);
        }
        orderCustomer[orders] = c;
        orderDay[orders] = epochDay;
        orderAmount[orders] = amount;
        orderMargin[orders] = Double.isNaN(cost) ? amount * settings.defaultMarginRate() : amount - cost;
        orders++;
    }

    /** A cost to serve in money, dated ({@link #UNDATED} counts as inside the window). */
    public void addServiceCost(long customerId, int epochDay, double amount) {
        if (epochDay != UNDATED && epochDay > asOf) {
            return;
        }
        int c = customer(customerId);
        if (epochDay == UNDATED || epochDay > windowStart) {
            serviceCost[c] += amount;
        }
    }

    /** One interaction on a channel, costed at the channel's configured cost. */
    public void addInteraction(long customerId, int epochDay, Channel channel) {
        addServiceCost(customerId, epochDay, settings.channelCost(channel));
    }

    /** One complaint, costed at the configured complaint-handling cost. */
    public void addComplaint(long customerId, int epochDay) {
        addServiceCost(customerId, epochDay, settings.complaintCost());
    }

    /** The customer's estimated annual category spend with all suppliers (the last one given wins). */
    public void setWalletEstimate(long customerId, double amount) {
        wallet[customer(customerId)] = amount;
    }

    /** Marks the customer's account as closed by a user. */
    public void markClosed(long customerId) {
        closed[customer(customerId)] = true;
    }

    /** Registers a customer that may have no orders at all (a prospect). */
    public void addProspect(long customerId) {
        customer(customerId);
    }

    /** Number of distinct customers seen so far. */
    public int customerCount() {
        return customers.size();
    }

    /** The facts, one row per customer in ascending id order. */
    public CustomerFacts summarize() {
        int n = customers.size();
        int[] byId = new int[n];
        long[] keys = new long[n];
        for (int c = 0; c < n; c++) {
            byId[c] = c;
            keys[c] = IndexSort.ascending(customers.first(c));
        }
        IndexSort.sort(byId, n, keys);
        int[] start = new int[n + 1];
        for (int o = 0; o < orders; o++) {
            start[orderCustomer[o] + 1]++;
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] byCustomer = new int[orders];
        for (int o = 0; o < orders; o++) {
            byCustomer[fill[orderCustomer[o]]++] = o;
        }
        CustomerFactsBuilder b = CustomerFacts.builder(n);
        long[] scratch = new long[16];
        for (int k = 0; k < n; k++) {
            int c = byId[k];
            int from = start[c];
            int count = start[c + 1] - from;
            if (scratch.length < count) {
                scratch = new long[Math.max(count, scratch.length * 2)];
            }
            for (int j = 0; j < count; j++) {
                // sort key: day, then input position (orders of a day keep their input order)
                scratch[j] = ((long) orderDay[byCustomer[from + j]] << 32) | j;
            }
            Arrays.sort(scratch, 0, count);
            b.add(customers.first(c));
            aggregate(b, scratch, count, byCustomer, from);
            b.serviceCost(serviceCost[c]).walletEstimate(wallet[c]).closed(closed[c]);
        }
        return b.build();
    }

    private void aggregate(CustomerFactsBuilder b, long[] sorted, int count, int[] byCustomer, int from) {
        if (count == 0) {
            return;
        }
        int first = (int) (sorted[0] >> 32);
        int last = (int) (sorted[count - 1] >> 32);
        int daysTotal = 0;
        int daysInWindow = 0;
        int ordersInWindow = 0;
        double revWindow = 0, marWindow = 0, revTotal = 0, marTotal = 0, repeat = 0, recent = 0, prior = 0;
        int previousDay = 0;
        for (int j = 0; j < count; j++) {
            int o = byCustomer[from + (int) (sorted[j] & 0xFFFFFFFFL)];
            int day = orderDay[o];
            double amount = orderAmount[o];
            boolean newDay = j == 0 || day != previousDay;
            previousDay = day;
            daysTotal += newDay ? 1 : 0;
            revTotal += amount;
            marTotal += orderMargin[o];
            if (day != first) {
                repeat += amount;
            }
            if (day > windowStart) {
                daysInWindow += newDay ? 1 : 0;
                ordersInWindow++;
                revWindow += amount;
                marWindow += orderMargin[o];
            }
            if (day > recentStart) {
                recent += amount;
            } else if (day > priorStart) {
                prior += amount;
            }
        }
        b.purchases(first, last, daysTotal, daysInWindow, ordersInWindow)
                .revenue(revWindow, revTotal, recent, prior, repeat)
                .margin(marWindow, marTotal);
    }

    private int customer(long id) {
        int c = customers.idOf(id, 0, 0);
        if (c == serviceCost.length) {
            int grown = c * 2;
            serviceCost = Arrays.copyOf(serviceCost, grown);
            closed = Arrays.copyOf(closed, grown);
            double[] w = filledNaN(grown);
            System.arraycopy(wallet, 0, w, 0, c);
            wallet = w;
        }
        return c;
    }

    private static double[] filledNaN(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
