package org.idic.crm.segmentation.clv;

import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.settings.TimeUnit;

/**
 * The model inputs of the customers with purchases, in model time units (spec §4): x = purchase days
 * − 1, t_x = last − first purchase day, T = asOf − first purchase day, m_x = repeatRevenue / x (0 when
 * x = 0). Arrays are indexed like {@code customers}.
 *
 * @param customers indices into the facts
 */
public record ClvInputs(int[] customers, double[] x, double[] tx, double[] t, double[] mx) {

    /** Inputs of {@code n} customers (all with a purchase) as of {@code asOfDay}. */
    public static ClvInputs of(CustomerFacts facts, int[] customers, int n, int asOfDay, TimeUnit unit) {
        double[] x = new double[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        double[] mx = new double[n];
        double perUnit = unit.days();
        for (int k = 0; k < n; k++) {
            int i = customers[k];
            int first = facts.firstPurchaseDay(i);
            x[k] = facts.purchaseDaysTotal(i) - 1;
            tx[k] = (facts.lastPurchaseDay(i) - first) / perUnit;
            t[k] = (asOfDay - first) / perUnit;
            mx[k] = x[k] > 0 ? facts.repeatRevenue(i) / x[k] : 0;
        }
        return new ClvInputs(java.util.Arrays.copyOf(customers, n), x, tx, t, mx);
    }

    public int size() {
        return x.length;
    }
}
