package org.idic.crm.segmentation;

import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.CountShares;
import org.idic.crm.segmentation.clv.ClvModel;
import org.idic.crm.segmentation.clv.ClvPrediction;
import org.idic.crm.segmentation.clv.ModelReport;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.lifecycle.LifecycleRule;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.settings.AbcValueBasis;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.ThresholdMode;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.segmentation.tier.ValueMatrix;

/**
 * Builds explanations from a result's stored numbers, on demand. Codes and value keys are a contract
 * with the application's message files: change them only together with docs/segmentation-cli.md.
 */
final class Explanations {

    private Explanations() {
    }

    static Explanation tier(SegmentationResult r, int i) {
        CustomerFacts f = r.facts;
        ValueMatrix m = r.valueMatrix;
        SegmentationSettings s = r.settings;
        Tier tier = r.tier(i);
        return switch (tier) {
            case PROSPECT -> Explanation.of("tier.PROSPECT");
            case BZ -> Explanation.of("tier.BZ", "margin", f.marginWindow(i), "serviceCost", f.serviceCostWindow(i),
                    "currentValue", r.currentValue[i], "futureValue", r.futureValue[i]);
            case MVC -> s.mvcMode() == ThresholdMode.SHARE
                    ? Explanation.of("tier.MVC", "currentValue", r.currentValue[i], "rank", r.tierRank[i],
                            "limit", m.mvcLimit(), "threshold", m.mvcThreshold())
                    : Explanation.of("tier.MVC.amount", "currentValue", r.currentValue[i], "threshold", m.mvcThreshold());
            case MGC -> s.mgcMode() == ThresholdMode.SHARE
                    ? Explanation.of("tier.MGC", "growthPotential", r.growthPotential[i], "rank", r.tierRank[i],
                            "limit", m.mgcLimit(), "threshold", m.mgcThreshold())
                    : Explanation.of("tier.MGC.amount", "growthPotential", r.growthPotential[i], "threshold", m.mgcThreshold());
            case MAINTAIN -> Explanation.of("tier.MAINTAIN", "currentValue", r.currentValue[i],
                    "growthPotential", r.growthPotential[i], "mvcThreshold", m.mvcThreshold(),
                    "mgcThreshold", m.mgcThreshold());
        };
    }

    static Explanation lifecycle(SegmentationResult r, int i) {
        CustomerFacts f = r.facts;
        SegmentationSettings s = r.settings;
        LifecycleRule rule = r.lifecycleRule(i);
        String code = rule.code();
        return switch (rule) {
            case PROSPECT, CLOSED -> Explanation.of(code);
            case NO_PURCHASE_FOR_CHURN_DAYS -> Explanation.of(code, "recencyDays", r.recencyDays[i], "churnDays", s.churnDays());
            case P_ALIVE_TERMINATED -> Explanation.of(code, "pAlive", r.pAlive[i], "threshold", s.pAliveTerminated());
            case NO_RECENT_PURCHASE -> Explanation.of(code, "recencyDays", r.recencyDays[i], "recentDays", s.recentDays());
            case REVENUE_DROP -> revenueChange(code, f, i, s.declineRatio());
            case P_ALIVE_DECLINE -> Explanation.of(code, "pAlive", r.pAlive[i], "threshold", s.pAliveDecline());
            case NEW_CUSTOMER -> Explanation.of(code, "daysSinceFirstPurchase", daysSinceFirst(r, i),
                    "newCustomerDays", s.newCustomerDays());
            case REVENUE_GROWTH -> revenueChange(code, f, i, s.growthRatio());
            case OTHERWISE -> Explanation.of(code, "recencyDays", r.recencyDays[i], "recentRevenue", f.revenueRecent(i),
                    "priorRevenue", f.revenuePrior(i), "pAlive", r.pAlive[i]);
        };
    }

    private static Explanation revenueChange(String code, CustomerFacts f, int i, double threshold) {
        double prior = f.revenuePrior(i);
        double ratio = prior != 0 ? f.revenueRecent(i) / prior : Double.NaN;
        return Explanation.of(code, "recentRevenue", f.revenueRecent(i), "priorRevenue", prior, "ratio", ratio,
                "threshold", threshold);
    }

    private static long daysSinceFirst(SegmentationResult r, int i) {
        return r.asOf.toEpochDay() - r.facts.firstPurchaseDay(i);
    }

    static Explanation relationship(SegmentationResult r, int i) {
        Relationship rel = r.relationship(i);
        String code = "relationship." + rel.name();
        CustomerFacts f = r.facts;
        return switch (rel) {
            case PROSPECT -> Explanation.of(code);
            case LOST -> Explanation.of(code, "recencyDays", r.recencyDays[i]);
            case LOYAL -> Explanation.of(code, "purchaseDaysInWindow", f.purchaseDaysInWindow(i),
                    "recencyDays", r.recencyDays[i], "minPurchaseDays", r.settings.loyalMinPurchaseDays(),
                    "maxRecencyDays", r.settings.loyalMaxRecencyDays());
            case REPEAT, FIRST_TIME -> Explanation.of(code, "purchaseDays", f.purchaseDaysTotal(i));
        };
    }

    static Explanation abc(SegmentationResult r, int i) {
        AbcClass cls = r.abcClass(i);
        if (cls == AbcClass.NONE) {
            return Explanation.of("abc.NONE");
        }
        double value = abcValue(r, i);
        if (cls == AbcClass.C && (value <= 0 || r.abcTotal == 0)) {
            return Explanation.of("abc.C.nonPositive", "value", value);
        }
        return Explanation.of("abc." + cls.name(), "value", value, "rank", r.valueRank[i] + 1,
                "shareBefore", r.valueBefore[i] / r.abcTotal, "shareA", r.settings.abcShareA(),
                "shareB", r.settings.abcShareB());
    }

    static double abcValue(SegmentationResult r, int i) {
        CustomerFacts f = r.facts;
        AbcValueBasis basis = r.settings.abcValueBasis();
        return switch (basis) {
            case REVENUE -> f.revenueWindow(i);
            case MARGIN -> f.marginWindow(i);
            case NET_PROFIT -> f.marginWindow(i) - f.serviceCostWindow(i);
        };
    }

    static Explanation pyramid(SegmentationResult r, int i) {
        var level = r.pyramidLevel(i);
        String code = "pyramid." + level.name();
        if (level == org.idic.crm.segmentation.abc.PyramidLevel.NONE) {
            return Explanation.of(code);
        }
        int cutoff = CountShares.ceil(r.settings.pyramidShares().get(level.ordinal()), r.rankedCustomers);
        return Explanation.of(code, "rank", r.valueRank[i] + 1, "customers", r.rankedCustomers, "cutoffRank", cutoff);
    }

    static Explanation rfm(SegmentationResult r, int i) {
        if (r.rScore[i] == 0) {
            return Explanation.of("rfm.NONE", "recencyDays", r.recencyDays[i]);
        }
        return Explanation.of("rfm." + r.rfmSegment(i).name(), "recencyDays", r.recencyDays[i],
                "frequency", r.facts.purchaseDaysInWindow(i), "monetary", r.monetary[i], "rScore", r.rScore[i],
                "fScore", r.fScore[i], "mScore", r.mScore[i]);
    }

    static Explanation clv(SegmentationResult r, int i) {
        if (!r.facts.hasPurchase(i)) {
            return Explanation.of("clv.PROSPECT");
        }
        ModelReport report = r.modelReport;
        double marginRate = ClvPrediction.marginRate(r.facts, i, r.settings);
        if (report.model() == ClvModel.BG_NBD_GAMMA_GAMMA) {
            return Explanation.of("clv.BG_NBD_GAMMA_GAMMA", "pAlive", r.pAlive[i], "expectedPurchases",
                    r.expectedPurchases[i], "expectedAvgValue", r.expectedAvgValue[i], "marginRate", marginRate,
                    "predictedClv", r.predictedClv[i], "horizonMonths", r.settings.horizonMonths());
        }
        return Explanation.of(report.fallbackReason().code(), "annualMargin",
                ClvPrediction.annualMargin(r.facts, i, r.settings), "retentionRate", r.settings.retentionRate(),
                "discountRate", r.settings.annualDiscountRate(), "horizonMonths", r.settings.horizonMonths(),
                "predictedClv", r.predictedClv[i], "customers", report.customers(), "minCustomers", report.minCustomers());
    }

    static Explanation quadrant(SegmentationResult r, int i) {
        var q = r.valueQuadrant(i);
        if (q == org.idic.crm.segmentation.tier.ValueQuadrant.NONE) {
            return Explanation.of("quadrant.NONE");
        }
        return Explanation.of("quadrant." + q.name(), "currentValue", r.currentValue[i], "growthPotential",
                r.growthPotential[i], "mvcThreshold", r.valueMatrix.mvcThreshold(),
                "mgcThreshold", r.valueMatrix.mgcThreshold());
    }
}
