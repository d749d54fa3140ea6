package org.idic.crm.segmentation.facts;

import org.idic.crm.segmentation.math.IndexSort;

/** Consistency checks on built facts: cheap, and they catch an aggregation query that went wrong. */
final class FactsChecks {

    private FactsChecks() {
    }

    static void check(CustomerFactsBuilder b) {
        for (int i = 0; i < b.size; i++) {
            String problem = problem(b, i);
            if (problem != null) {
                throw new IllegalArgumentException("customer " + b.id[i] + ": " + problem);
            }
        }
        int[] idx = new int[b.size];
        long[] keys = new long[b.size];
        for (int i = 0; i < b.size; i++) {
            idx[i] = i;
            keys[i] = IndexSort.ascending(b.id[i]);
        }
        IndexSort.sort(idx, b.size, keys);
        for (int i = 1; i < b.size; i++) {
            if (b.id[idx[i]] == b.id[idx[i - 1]]) {
                throw new IllegalArgumentException("customer " + b.id[idx[i]] + " appears more than once");
            }
        }
    }

    private static String problem(CustomerFactsBuilder b, int i) {
        int days = b.purchaseDaysTotal[i];
        int first = b.firstPurchaseDay[i];
        int last = b.lastPurchaseDay[i];
        if (days < 0 || b.purchaseDaysInWindow[i] < 0 || b.ordersInWindow[i] < 0) {
            return "counts must not be negative";
        }
        if (days == 0) {
            if (first != CustomerFacts.NO_PURCHASE || last != CustomerFacts.NO_PURCHASE || b.purchaseDaysInWindow[i] != 0) {
                return "a customer without purchase days has no first/last purchase day and none in the window";
            }
        } else {
            if (first == CustomerFacts.NO_PURCHASE || last == CustomerFacts.NO_PURCHASE || first > last) {
                return "first purchase day must be on or before the last";
            }
            if ((days == 1) != (first == last) || days - 1L > (long) last - first) {
                return "purchaseDaysTotal does not fit between the first and the last purchase day";
            }
        }
        if (b.purchaseDaysInWindow[i] > days) {
            return "purchaseDaysInWindow exceeds purchaseDaysTotal";
        }
        if (b.ordersInWindow[i] < b.purchaseDaysInWindow[i]) {
            return "ordersInWindow is below purchaseDaysInWindow";
        }
        double[] sums = {b.revenueWindow[i], b.marginWindow[i], b.revenueTotal[i], b.marginTotal[i], b.repeatRevenue[i],
                b.revenueRecent[i], b.revenuePrior[i], b.serviceCostWindow[i]};
        for (double s : sums) {
            if (!Double.isFinite(s)) {
                return "revenue, margin and cost sums must be finite numbers";
            }
        }
        if (b.serviceCostWindow[i] < 0) {
            return "serviceCostWindow must not be negative";
        }
        if (Double.isInfinite(b.walletEstimate[i])) {
            return "walletEstimate must be finite or NaN (unknown)";
        }
        return null;
    }
}
