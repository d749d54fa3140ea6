package org.idic.crm.segmentation;

import org.idic.crm.segmentation.clv.ClvPrediction;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.lifecycle.LifecycleRule;
import org.idic.crm.segmentation.lifecycle.LifecycleRules;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.segmentation.tier.ValueQuadrant;
import org.idic.crm.segmentation.tier.ValueTiers;

/** Values, tiers and quadrants (spec §5), then lifecycle and relationship (spec §6). */
final class TierStage {

    private static final int CHUNK = 1 << 16;

    private TierStage() {
    }

    static void run(SegmentationResult r, SegmentationEngine.Population p, ProgressListener listener) {
        CustomerFacts f = r.facts;
        SegmentationSettings s = r.settings;
        int w = s.windowDays();
        listener.progress(Stage.TIERS, 0, 1);
        for (int i = 0; i < f.size(); i++) {
            r.currentValue[i] = ValueTiers.currentValue(f.marginWindow(i), f.serviceCostWindow(i), w);
            r.tier[i] = (byte) Tier.PROSPECT.ordinal();
            r.valueQuadrant[i] = (byte) ValueQuadrant.NONE.ordinal();
            if (!f.hasPurchase(i)) {
                r.futureValue[i] = Double.NaN;
                r.growthPotential[i] = Double.NaN;
                continue;
            }
            double projected = ValueTiers.projectedServiceCost(f.serviceCostWindow(i), w, r.discountSum, r.pAlive[i]);
            r.futureValue[i] = r.predictedClv[i] - projected;
            r.growthPotential[i] = ValueTiers.growthPotential(r.futureValue[i], r.currentValue[i], s.horizonMonths(),
                    f.walletEstimate(i), f.revenueWindow(i), w, ClvPrediction.marginRate(f, i, s));
        }
        r.valueMatrix = ValueTiers.assign(p.purchasers(), p.purchaserCount(), r.currentValue, r.futureValue,
                r.growthPotential, s, r.tier, r.tierRank, r.valueQuadrant);
        listener.progress(Stage.TIERS, 1, 1);
    }

    static void lifecycle(SegmentationResult r, int asOfDay, ProgressListener listener) {
        CustomerFacts f = r.facts;
        SegmentationSettings s = r.settings;
        int n = f.size();
        for (int i = 0; i < n; i++) {
            boolean bought = f.hasPurchase(i);
            LifecycleRule rule = LifecycleRules.stage(bought, r.recencyDays[i],
                    bought ? asOfDay - f.firstPurchaseDay(i) : 0, f.revenueRecent(i), f.revenuePrior(i), r.pAlive[i],
                    f.closed(i), s);
            r.lifecycleRule[i] = (byte) rule.ordinal();
            r.relationship[i] = (byte) LifecycleRules.relationship(rule.stage(), f.purchaseDaysInWindow(i),
                    f.purchaseDaysTotal(i), r.recencyDays[i], s).ordinal();
            if ((i & (CHUNK - 1)) == CHUNK - 1) {
                listener.progress(Stage.LIFECYCLE, i + 1, n);
            }
        }
        listener.progress(Stage.LIFECYCLE, n, n);
    }
}
