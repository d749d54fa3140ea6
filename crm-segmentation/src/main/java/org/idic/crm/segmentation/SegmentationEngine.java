package org.idic.crm.segmentation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.math.IndexSort;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.settings.InvalidSettingsException;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.SettingsValidator;

/**
 * Scores every customer: facts and settings in, {@link SegmentationResult} out (spec
 * segmentation.md). Stateless and deterministic: the same facts, settings and date give the same
 * scores, whichever way the facts were aggregated.
 */
public final class SegmentationEngine {

    private SegmentationEngine() {
    }

    /** {@link #score(CustomerFacts, SegmentationSettings, LocalDate, ProgressListener)} without progress. */
    public static SegmentationResult score(CustomerFacts facts, SegmentationSettings settings, LocalDate asOf) {
        return score(facts, settings, asOf, ProgressListener.NONE);
    }

    /**
     * Scores every customer as of {@code asOf}.
     *
     * @throws InvalidSettingsException when the settings fail {@link SettingsValidator}
     * @throws IllegalArgumentException when a customer's last purchase day lies after {@code asOf}
     */
    public static SegmentationResult score(CustomerFacts facts, SegmentationSettings settings, LocalDate asOf,
                                           ProgressListener listener) {
        SettingsValidator.requireValid(settings);
        int asOfDay = Math.toIntExact(asOf.toEpochDay());
        SegmentationResult r = new SegmentationResult(facts, settings, asOf);
        Population p = Population.of(facts, asOfDay);
        List<StageTiming> timings = new ArrayList<>();
        long start = System.nanoTime();
        listener.progress(Stage.RANKING, 0, 3);
        rank(r, p, asOfDay, listener);
        start = lap(timings, Stage.RANKING, start);
        ClvStage.run(r, p, asOfDay, listener, timings, start);
        start = System.nanoTime();
        TierStage.run(r, p, listener);
        start = lap(timings, Stage.TIERS, start);
        TierStage.lifecycle(r, asOfDay, listener);
        lap(timings, Stage.LIFECYCLE, start);
        r.timings = List.copyOf(timings);
        return r;
    }

    static long lap(List<StageTiming> timings, Stage stage, long start) {
        long now = System.nanoTime();
        timings.add(new StageTiming(stage, now - start));
        return now;
    }

    private static void rank(SegmentationResult r, Population p, int asOfDay, ProgressListener listener) {
        CustomerFacts f = r.facts;
        SegmentationSettings s = r.settings;
        int n = f.size();
        double[] value = new double[n];
        double historic = 0;
        for (int i = 0; i < n; i++) {
            value[i] = Explanations.abcValue(r, i);
            historic += f.marginTotal(i);
            r.abcClass[i] = (byte) AbcClass.NONE.ordinal();
            r.pyramidLevel[i] = (byte) PyramidLevel.NONE.ordinal();
            r.rfmSegment[i] = (byte) RfmSegment.NONE.ordinal();
            r.valueRank[i] = -1;
            r.recencyDays[i] = f.hasPurchase(i) ? asOfDay - f.lastPurchaseDay(i) : SegmentationResult.NO_RECENCY;
            r.monetary[i] = monetary(f, i, s);
        }
        r.historicTotal = historic;
        r.rankedCustomers = p.purchaserCount;
        r.abcTotal = org.idic.crm.segmentation.abc.AbcAnalysis.classify(p.purchasers, p.purchaserCount, value,
                s.abcShareA(), s.abcShareB(), s.pyramidShares(), r.abcClass, r.pyramidLevel, r.valueRank, r.valueBefore);
        listener.progress(Stage.RANKING, 1, 3);
        RfmStage.score(r, p);
        listener.progress(Stage.RANKING, 3, 3);
    }

    private static double monetary(CustomerFacts f, int i, SegmentationSettings s) {
        if (s.monetaryMode() == org.idic.crm.segmentation.settings.MonetaryMode.TOTAL) {
            return f.revenueWindow(i);
        }
        int orders = f.ordersInWindow(i);
        return orders > 0 ? f.revenueWindow(i) / orders : 0;
    }

    /** Who is ranked and who is RFM-scored, each in ascending customer-id order (the tie rule). */
    record Population(int[] purchasers, int purchaserCount, int[] windowBuyers, int windowBuyerCount) {

        static Population of(CustomerFacts f, int asOfDay) {
            int n = f.size();
            int[] byId = new int[n];
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                byId[i] = i;
                keys[i] = IndexSort.ascending(f.id(i));
                if (f.hasPurchase(i) && f.lastPurchaseDay(i) > asOfDay) {
                    throw new IllegalArgumentException("customer " + f.id(i) + " has a purchase after asOf "
                            + LocalDate.ofEpochDay(asOfDay) + ": facts must be aggregated as of the scoring date");
                }
            }
            IndexSort.sort(byId, n, keys);
            int[] purchasers = new int[n];
            int[] window = new int[n];
            int pc = 0;
            int wc = 0;
            for (int i : byId) {
                if (f.hasPurchase(i)) {
                    purchasers[pc++] = i;
                    if (f.purchaseDaysInWindow(i) > 0) {
                        window[wc++] = i;
                    }
                }
            }
            return new Population(purchasers, pc, window, wc);
        }
    }
}
