package org.idic.crm.segmentation;

import java.util.List;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.math.IndexSort;
import org.idic.crm.segmentation.rfm.RfmScoring;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.settings.RfmMode;
import org.idic.crm.segmentation.settings.SegmentationSettings;

/** RFM scores and segments of the customers with a purchase in the window. */
final class RfmStage {

    private RfmStage() {
    }

    static void score(SegmentationResult r, SegmentationEngine.Population p) {
        SegmentationSettings s = r.settings;
        CustomerFacts f = r.facts;
        int k = s.rfmK();
        int[] scored = p.windowBuyers();
        int n = p.windowBuyerCount();
        if (s.rfmMode() == RfmMode.QUANTILE) {
            long[] keys = new long[f.size()];
            for (int j = 0; j < n; j++) {
                int i = scored[j];
                keys[i] = IndexSort.ascending(-(long) r.recencyDays[i]); // recency is scored on −days
            }
            RfmScoring.quantile(scored, n, keys, k, r.rScore);
            for (int j = 0; j < n; j++) {
                int i = scored[j];
                keys[i] = IndexSort.ascending((long) f.purchaseDaysInWindow(i));
            }
            RfmScoring.quantile(scored, n, keys, k, r.fScore);
            for (int j = 0; j < n; j++) {
                int i = scored[j];
                keys[i] = IndexSort.ascending(r.monetary[i]);
            }
            RfmScoring.quantile(scored, n, keys, k, r.mScore);
        } else {
            List<Double> rc = s.recencyCuts();
            List<Double> fc = s.frequencyCuts();
            List<Double> mc = s.monetaryCuts();
            for (int j = 0; j < n; j++) {
                int i = scored[j];
                r.rScore[i] = (byte) RfmScoring.fewerDaysIsBetter(r.recencyDays[i], rc);
                r.fScore[i] = (byte) RfmScoring.higherIsBetter(f.purchaseDaysInWindow(i), fc);
                r.mScore[i] = (byte) RfmScoring.higherIsBetter(r.monetary[i], mc);
            }
        }
        for (int j = 0; j < n; j++) {
            int i = scored[j];
            r.rfmSegment[i] = (byte) RfmSegment.of(r.rScore[i], r.fScore[i], k).ordinal();
        }
    }
}
