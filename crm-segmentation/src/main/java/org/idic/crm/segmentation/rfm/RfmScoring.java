package org.idic.crm.segmentation.rfm;

import java.util.List;
import org.idic.crm.segmentation.math.IndexSort;

/**
 * RFM scores 1..k (spec §3). Engine internals, public because the engine lives in the parent package.
 */
public final class RfmScoring {

    private RfmScoring() {
    }

    /**
     * Quantile scores: score = 1 + floor(k · less(x) / n), less(x) = number of scored customers with a
     * strictly smaller key. Equal keys share a score.
     *
     * @param scored indices of the scored customers; {@code n} of them are used
     * @param keys   per customer index, a key from {@link IndexSort} whose unsigned order is "worse to better"
     * @param out    receives the score per scored customer
     */
    public static void quantile(int[] scored, int n, long[] keys, int k, byte[] out) {
        int[] order = java.util.Arrays.copyOf(scored, n);
        IndexSort.sort(order, n, keys);
        int groupStart = 0;
        for (int r = 0; r < n; r++) {
            if (r > 0 && keys[order[r]] != keys[order[r - 1]]) {
                groupStart = r;
            }
            out[order[r]] = (byte) (1 + (int) ((long) k * groupStart / n));
        }
    }

    /** Fixed bins where larger is better: 1 + number of cut points ≤ x. */
    public static int higherIsBetter(double x, List<Double> cuts) {
        int score = 1;
        for (double c : cuts) {
            if (c <= x) {
                score++;
            }
        }
        return score;
    }

    /**
     * Fixed bins for recency, fewer days better: the larger-is-better rule applied to −days with the cut
     * points negated, i.e. 1 + number of cut points ≥ days. With cuts 30, 60, 120, 240 a purchase 30 days
     * ago scores 5 and one 31 days ago scores 4.
     */
    public static int fewerDaysIsBetter(int days, List<Double> cuts) {
        int score = 1;
        for (double c : cuts) {
            if (c >= days) {
                score++;
            }
        }
        return score;
    }
}
