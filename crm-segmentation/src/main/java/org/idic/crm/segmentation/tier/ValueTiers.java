package org.idic.crm.segmentation.tier;

import org.idic.crm.segmentation.abc.CountShares;
import org.idic.crm.segmentation.math.IndexSort;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.ThresholdMode;

/**
 * MVC / MGC / Maintain / BZ and the value-matrix quadrant (spec §5). Engine internals, public because
 * the engine lives in the parent package.
 */
public final class ValueTiers {

    private ValueTiers() {
    }

    /** (margin(W) − serviceCost(W)) · 365 / w. */
    public static double currentValue(double marginWindow, double serviceCostWindow, int windowDays) {
        return (marginWindow - serviceCostWindow) * 365.0 / windowDays;
    }

    /** (serviceCost(W)·365/w/12) · Σ_{m=1..H} 1/(1+d_m)^m · P(alive), P(alive) taken as 1 when NaN. */
    public static double projectedServiceCost(double serviceCostWindow, int windowDays, double discountSum, double pAlive) {
        return serviceCostWindow * 365.0 / windowDays / 12 * discountSum * (Double.isNaN(pAlive) ? 1 : pAlive);
    }

    /** max(0, futureValue·12/H − currentValue, (wallet − revenue(W)·365/w)·marginRate), wallet term only if known. */
    public static double growthPotential(double futureValue, double currentValue, int horizonMonths, double wallet,
                                         double revenueWindow, int windowDays, double marginRate) {
        double g = Math.max(0, futureValue * 12 / horizonMonths - currentValue);
        if (!Double.isNaN(wallet)) {
            g = Math.max(g, (wallet - revenueWindow * 365.0 / windowDays) * marginRate);
        }
        return g;
    }

    /**
     * Assigns tiers and quadrants to the ranked customers.
     *
     * @param ranked indices of customers with a purchase, in ascending id order; {@code n} of them used
     * @param tier   out: {@link Tier} ordinal per ranked customer
     * @param rank   out: 1-based position in the MVC ranking (MVC candidates) or the MGC ranking (MGC
     *               candidates), 0 for others
     */
    public static ValueMatrix assign(int[] ranked, int n, double[] currentValue, double[] futureValue,
                                     double[] growthPotential, SegmentationSettings s, byte[] tier, int[] rank,
                                     byte[] quadrant) {
        int[] candidates = new int[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            int i = ranked[k];
            boolean bz = currentValue[i] < 0 && futureValue[i] <= 0;
            tier[i] = (byte) (bz ? Tier.BZ : Tier.MAINTAIN).ordinal();
            rank[i] = 0;
            if (!bz && currentValue[i] > 0) {
                candidates[count++] = i;
            }
        }
        int mvcLimit = s.mvcMode() == ThresholdMode.SHARE ? CountShares.ceil(s.mvcShare(), n) : -1;
        double[] mvc = pick(candidates, count, currentValue, s.mvcMode(), mvcLimit, s.mvcAmount(), Tier.MVC, tier, rank);
        count = 0;
        for (int k = 0; k < n; k++) {
            int i = ranked[k];
            if (tier[i] == Tier.MAINTAIN.ordinal() && growthPotential[i] > 0) {
                candidates[count++] = i;
            }
        }
        int mgcLimit = s.mgcMode() == ThresholdMode.SHARE ? CountShares.ceil(s.mgcShare(), n) : -1;
        double[] mgc = pick(candidates, count, growthPotential, s.mgcMode(), mgcLimit, s.mgcAmount(), Tier.MGC, tier, rank);
        ValueMatrix matrix = new ValueMatrix(mvc[0], mgc[0], (int) mvc[1], (int) mgc[1], mvcLimit, mgcLimit, n);
        for (int k = 0; k < n; k++) {
            int i = ranked[k];
            quadrant[i] = (byte) matrix.quadrant(currentValue[i], growthPotential[i]).ordinal();
        }
        return matrix;
    }

    /** Ranks candidates by value descending (ties by id: they arrive in id order) and takes the tier's share. */
    private static double[] pick(int[] candidates, int count, double[] value, ThresholdMode mode, int limit,
                                 double amount, Tier target, byte[] tier, int[] rank) {
        int[] order = java.util.Arrays.copyOf(candidates, count);
        long[] keys = new long[value.length];
        for (int k = 0; k < count; k++) {
            keys[order[k]] = IndexSort.descending(value[order[k]]);
        }
        IndexSort.sort(order, count, keys);
        int chosen = 0;
        double threshold = Double.NaN;
        for (int r = 0; r < count; r++) {
            int i = order[r];
            rank[i] = r + 1;
            boolean in = mode == ThresholdMode.SHARE ? r < limit : value[i] >= amount;
            if (in) {
                tier[i] = (byte) target.ordinal();
                threshold = value[i];
                chosen++;
            }
        }
        if (mode == ThresholdMode.AMOUNT) {
            threshold = amount;
        }
        return new double[] {threshold, chosen};
    }
}
