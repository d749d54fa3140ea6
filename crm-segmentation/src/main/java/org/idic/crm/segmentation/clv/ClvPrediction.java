package org.idic.crm.segmentation.clv;

import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.math.TupleIndex;
import org.idic.crm.segmentation.settings.SegmentationSettings;

/**
 * Predicted CLV over the horizon (spec §4), by the fitted models or by the retention fallback.
 * Outputs are written into arrays indexed by customer (facts index).
 *
 * <p>Speed: E[Y(t)] depends on the customer only through (x, t_x, T), and its ₂F₁ part only through
 * (x, T). So the H monthly ₂F₁ values are computed once per distinct (x, T), and each customer then
 * costs one exponential for P(alive).
 */
public final class ClvPrediction {

    /** One month in days, as in the spec. */
    public static final double DAYS_PER_MONTH = 30.4375;

    private ClvPrediction() {
    }

    /** Σ_{m=1..H} 1/(1+d_m)^m with d_m = (1+d)^(1/12) − 1. */
    public static double discountSum(SegmentationSettings s) {
        double sum = 0;
        for (int m = 1; m <= s.horizonMonths(); m++) {
            sum += monthlyDiscount(s, m);
        }
        return sum;
    }

    /** 1/(1+d_m)^m. */
    static double monthlyDiscount(SegmentationSettings s, int month) {
        double dm = Math.pow(1 + s.annualDiscountRate(), 1.0 / 12) - 1;
        return 1 / Math.pow(1 + dm, month);
    }

    /** The customer's historic margin ÷ revenue, or the default rate when revenue is not positive. */
    public static double marginRate(CustomerFacts facts, int i, SegmentationSettings s) {
        double revenue = facts.revenueTotal(i);
        return revenue > 0 ? facts.marginTotal(i) / revenue : s.defaultMarginRate();
    }

    /** Receives progress of the prediction: distinct (x, T) groups done out of all groups. */
    @FunctionalInterface
    public interface Progress {
        void done(long done, long total);
    }

    /**
     * CLV by BG/NBD + Gamma-Gamma.
     *
     * @return false when some customer's CLV came out non-finite (the caller then falls back)
     */
    public static boolean byModel(BgNbd bg, GammaGamma gg, ClvInputs in, CustomerFacts facts, SegmentationSettings s,
                                  double[] pAlive, double[] expectedPurchases, double[] expectedAvg, double[] clv,
                                  Progress progress) {
        int n = in.size();
        TupleIndex groups = new TupleIndex(1024);
        int[] group = new int[n];
        for (int k = 0; k < n; k++) {
            group[k] = groups.idOf(Double.doubleToLongBits(in.x()[k]), Double.doubleToLongBits(in.t()[k]), 0);
        }
        int h = s.horizonMonths();
        double[] months = new double[h + 1];
        double[] discount = new double[h + 1];
        for (int m = 1; m <= h; m++) {
            months[m] = m * DAYS_PER_MONTH / s.timeUnit().days();
            discount[m] = monthlyDiscount(s, m);
        }
        int g = groups.size();
        double[] discounted = new double[g];
        double[] horizon = new double[g];
        for (int id = 0; id < g; id++) {
            double x = Double.longBitsToDouble(groups.first(id));
            double bigT = Double.longBitsToDouble(groups.second(id));
            double previous = 0;
            double sum = 0;
            for (int m = 1; m <= h; m++) {
                double e = bg.growth(x, bigT, months[m]);
                sum += (e - previous) * discount[m];
                previous = e;
            }
            discounted[id] = sum;
            horizon[id] = previous;
            if ((id & 1023) == 1023) {
                progress.done(id + 1, g);
            }
        }
        progress.done(g, g);
        boolean finite = true;
        for (int k = 0; k < n; k++) {
            int i = in.customers()[k];
            double d = bg.denominator(in.x()[k], in.tx()[k], in.t()[k]);
            double spend = gg.expectedAverageValue(in.x()[k], in.mx()[k]);
            pAlive[i] = 1 / d;
            expectedPurchases[i] = horizon[group[k]] / d;
            expectedAvg[i] = spend;
            clv[i] = discounted[group[k]] / d * spend * marginRate(facts, i, s);
            finite &= Double.isFinite(clv[i]) && Double.isFinite(expectedPurchases[i]);
        }
        return finite;
    }

    /**
     * The retention fallback: CLV = annual margin · Σ_{y=1..H/12} ρ^(y−1)/(1+d)^y, annual margin =
     * margin(W)·365/w. When H is not a whole number of years the last year counts with its fraction.
     * P(alive) and the model's expectations are NaN.
     */
    public static void byRetention(int[] customers, int n, CustomerFacts facts, SegmentationSettings s,
                                   double[] pAlive, double[] expectedPurchases, double[] expectedAvg, double[] clv) {
        double factor = retentionFactor(s);
        for (int k = 0; k < n; k++) {
            int i = customers[k];
            pAlive[i] = Double.NaN;
            expectedPurchases[i] = Double.NaN;
            expectedAvg[i] = Double.NaN;
            clv[i] = annualMargin(facts, i, s) * factor;
        }
    }

    /** margin(W) · 365 / w. */
    public static double annualMargin(CustomerFacts facts, int i, SegmentationSettings s) {
        return facts.marginWindow(i) * 365.0 / s.windowDays();
    }

    /** Σ_{y=1..⌈H/12⌉} weight_y · ρ^(y−1)/(1+d)^y, weight 1 except a partial last year. */
    public static double retentionFactor(SegmentationSettings s) {
        double years = s.horizonMonths() / 12.0;
        double sum = 0;
        for (int y = 1; y < years + 1; y++) {
            double weight = Math.min(1, years - (y - 1));
            sum += weight * Math.pow(s.retentionRate(), y - 1) / Math.pow(1 + s.annualDiscountRate(), y);
        }
        return sum;
    }
}
