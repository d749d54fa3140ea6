package org.idic.crm.segmentation.abc;

import java.util.List;
import org.idic.crm.segmentation.math.IndexSort;

/**
 * ABC classes and pyramid levels (spec §2). Engine internals, public because the engine lives in the
 * parent package; results are written into caller-owned arrays indexed by customer.
 */
public final class AbcAnalysis {

    private AbcAnalysis() {
    }

    /**
     * Ranks the given customers by value descending, ties by customer id ascending, and classifies them.
     *
     * @param ranked      indices of the customers to rank (those with a purchase), in ascending id order
     * @param n           how many entries of {@code ranked} are used
     * @param value       the ranking value per customer index
     * @param abc         out: {@link AbcClass} ordinal per ranked customer
     * @param pyramid     out: {@link PyramidLevel} ordinal per ranked customer
     * @param rank        out: 0-based rank per ranked customer
     * @param valueBefore out: P_i, the sum of the values ranked ahead of the customer
     * @return S = Σ max(value, 0) over the ranked customers
     */
    public static double classify(int[] ranked, int n, double[] value, double shareA, double shareB,
                                  List<Double> pyramidShares, byte[] abc, byte[] pyramid, int[] rank, double[] valueBefore) {
        int[] order = java.util.Arrays.copyOf(ranked, n);
        long[] keys = new long[value.length];
        double total = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            keys[i] = IndexSort.descending(value[i]);
            total += Math.max(value[i], 0);
        }
        IndexSort.sort(order, n, keys);
        int[] cut = new int[pyramidShares.size()];
        for (int level = 0; level < cut.length; level++) {
            cut[level] = CountShares.ceil(pyramidShares.get(level), n);
        }
        double limitA = shareA * total;
        double limitB = shareB * total;
        double before = 0;
        int level = 0;
        for (int r = 0; r < n; r++) {
            int i = order[r];
            double v = value[i];
            AbcClass cls;
            if (total == 0 || v <= 0) {
                cls = AbcClass.C;
            } else if (before < limitA) {
                cls = AbcClass.A;
            } else if (before < limitB) {
                cls = AbcClass.B;
            } else {
                cls = AbcClass.C;
            }
            while (level < cut.length - 1 && r >= cut[level]) {
                level++;
            }
            abc[i] = (byte) cls.ordinal();
            pyramid[i] = (byte) level;
            rank[i] = r;
            valueBefore[i] = before;
            before += v;
        }
        return total;
    }
}
