package org.idic.crm.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.clv.ClvModel;
import org.idic.crm.segmentation.clv.FallbackReason;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.settings.InvalidSettingsException;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.segmentation.tier.ValueQuadrant;
import org.junit.jupiter.api.Test;

/** End to end on a handful of customers whose every score is worked out by hand (retention fallback). */
class SegmentationEngineTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    static final int D = (int) AS_OF.toEpochDay();
    /** Σ_{m=1..12} 1.1^(−m/12): the monthly discount factors of the default 10% a year. */
    static final double DISCOUNT_SUM = discountSum();

    private static double discountSum() {
        double s = 0;
        for (int m = 1; m <= 12; m++) {
            s += Math.pow(1.1, -m / 12.0);
        }
        return s;
    }

    /**
     * 1: a good new customer; 2: a prospect; 3: below zero; 4: a lapsed one-time buyer; 5: a loyal regular
     * whose account was closed.
     */
    static CustomerFacts facts() {
        return CustomerFacts.builder(5)
                .add(1).purchases(D - 100, D - 10, 3, 3, 3).revenue(1000, 1000, 1000, 0, 600).margin(300, 300)
                .serviceCost(50)
                .add(2)
                .add(3).purchases(D - 300, D - 200, 2, 2, 2).revenue(100, 100, 0, 100, 40).margin(20, 20).serviceCost(500)
                .add(4).purchases(D - 500, D - 500, 1, 0, 0).revenue(0, 80, 0, 0, 0).margin(0, 24)
                .add(5).purchases(D - 900, D - 3, 20, 6, 7).revenue(700, 3000, 400, 300, 2800).margin(210, 900)
                .walletEstimate(10_000).closed(true)
                .build();
    }

    @Test
    void fallsBackToTheRetentionModelWithTooFewCustomersAndSaysWhy() {
        SegmentationResult r = SegmentationEngine.score(facts(), SegmentationSettings.defaults(), AS_OF);
        assertThat(r.clvModel()).isEqualTo(ClvModel.RETENTION_FALLBACK);
        assertThat(r.modelReport().fallbackReason()).isEqualTo(FallbackReason.TOO_FEW_CUSTOMERS);
        assertThat(r.modelReport().customers()).isEqualTo(4);
        // CLV = annual margin · ρ⁰/(1+d)¹ for a 12-month horizon
        assertThat(r.predictedClv(0)).isCloseTo(300 / 1.1, within(1e-9));
        assertThat(r.predictedClv(2)).isCloseTo(20 / 1.1, within(1e-9));
        assertThat(r.predictedClv(3)).isZero();
        assertThat(r.predictedClv(1)).isNaN();
        assertThat(r.pAlive(0)).isNaN();
        assertThat(r.expectedPurchasesHorizon(0)).isNaN();
    }

    @Test
    void computesValuesTiersAndQuadrantsByHand() {
        SegmentationResult r = SegmentationEngine.score(facts(), SegmentationSettings.defaults(), AS_OF);
        assertThat(r.currentValue(0)).isCloseTo(250, within(1e-9));
        double future0 = 300 / 1.1 - 50 / 12.0 * DISCOUNT_SUM;
        assertThat(r.futureValue(0)).isCloseTo(future0, within(1e-9));
        assertThat(r.growthPotential(0)).isCloseTo(Math.max(0, future0 - 250), within(1e-9));
        assertThat(r.currentValue(2)).isCloseTo(-480, within(1e-9));
        assertThat(r.futureValue(2)).isCloseTo(20 / 1.1 - 500 / 12.0 * DISCOUNT_SUM, within(1e-9));
        // customer 5: wallet term (10000 − 700)·0.3 = 2790 beats 210/1.1 − 210
        assertThat(r.growthPotential(4)).isCloseTo(2790, within(1e-9));
        // four ranked customers: ceil(0.2·4) = 1 MVC (the largest current value, 250), then 1 MGC
        assertThat(List.of(r.tier(0), r.tier(1), r.tier(2), r.tier(3), r.tier(4)))
                .containsExactly(Tier.MVC, Tier.PROSPECT, Tier.BZ, Tier.MAINTAIN, Tier.MGC);
        assertThat(r.valueMatrix().mvcThreshold()).isCloseTo(250, within(1e-9));
        assertThat(r.valueMatrix().mgcThreshold()).isCloseTo(2790, within(1e-9));
        assertThat(List.of(r.valueQuadrant(0), r.valueQuadrant(1), r.valueQuadrant(2), r.valueQuadrant(3),
                r.valueQuadrant(4))).containsExactly(ValueQuadrant.II, ValueQuadrant.NONE, ValueQuadrant.III,
                ValueQuadrant.III, ValueQuadrant.IV);
    }

    @Test
    void ranksAbcPyramidAndRfm() {
        SegmentationResult r = SegmentationEngine.score(facts(), SegmentationSettings.defaults(), AS_OF);
        // revenue(W) 1000, 100, 0, 700 ranked 1000, 700, 100, 0: S = 1800, P = 0, 1000, 1700 (< 0.95·1800), 1800
        assertThat(List.of(r.abcClass(0), r.abcClass(1), r.abcClass(2), r.abcClass(3), r.abcClass(4)))
                .containsExactly(AbcClass.A, AbcClass.NONE, AbcClass.B, AbcClass.C, AbcClass.A);
        assertThat(r.pyramidLevel(0)).isEqualTo(PyramidLevel.PLATINUM);
        // rank 1 of 4: ceil(0.04) = ceil(0.2) = ceil(0.8) = 1, so only ceil(4) = 4 exceeds it
        assertThat(r.pyramidLevel(4)).isEqualTo(PyramidLevel.LEAD);
        // RFM over the three with a purchase in W (n = 3): recency 10, 200, 3; frequency 3, 2, 6; monetary 1000,
        // 100, 700 -> less = 1, 0, 2 for R and F, 2, 0, 1 for M; score = 1 + floor(5·less/3)
        assertThat(r.recencyDays(0)).isEqualTo(10);
        assertThat(r.recencyDays(1)).isEqualTo(SegmentationResult.NO_RECENCY);
        assertThat(r.rfmCode(0)).isEqualTo("224");
        assertThat(r.rfmCode(2)).isEqualTo("111");
        assertThat(r.rfmCode(4)).isEqualTo("442");
        assertThat(r.rfmCode(3)).isEmpty();
        assertThat(r.rfmSegment(0)).isEqualTo(RfmSegment.HIBERNATING);
        assertThat(r.rfmSegment(4)).isEqualTo(RfmSegment.LOYAL);
        assertThat(r.rfmSegment(3)).isEqualTo(RfmSegment.NONE);
        assertThat(r.historicValue(4)).isEqualTo(900);
        assertThat(r.historicShare(4)).isCloseTo(900 / 1244.0, within(1e-12));
    }

    @Test
    void assignsLifecycleAndRelationship() {
        SegmentationResult r = SegmentationEngine.score(facts(), SegmentationSettings.defaults(), AS_OF);
        assertThat(List.of(r.lifecycleStage(0), r.lifecycleStage(1), r.lifecycleStage(2), r.lifecycleStage(3),
                r.lifecycleStage(4))).containsExactly(LifecycleStage.GROWTH, LifecycleStage.PROSPECT,
                LifecycleStage.DECLINE, LifecycleStage.TERMINATED, LifecycleStage.TERMINATED);
        assertThat(List.of(r.relationship(0), r.relationship(1), r.relationship(2), r.relationship(3),
                r.relationship(4))).containsExactly(Relationship.REPEAT, Relationship.PROSPECT, Relationship.REPEAT,
                Relationship.LOST, Relationship.LOST);
    }

    @Test
    void explainsEveryScoreWithStableCodesAndTheNumbersBehindIt() {
        SegmentationResult r = SegmentationEngine.score(facts(), SegmentationSettings.defaults(), AS_OF);
        Explanation bz = r.explainTier(2);
        assertThat(bz.code()).isEqualTo("tier.BZ");
        assertThat(bz.values()).containsOnlyKeys("margin", "serviceCost", "currentValue", "futureValue");
        assertThat(bz.values().keySet()).containsExactly("margin", "serviceCost", "currentValue", "futureValue");
        assertThat(bz.values().get("serviceCost")).isEqualTo(500);
        assertThat(r.explainTier(0).code()).isEqualTo("tier.MVC");
        assertThat(r.explainTier(0).values()).containsEntry("rank", 1.0).containsEntry("limit", 1.0);
        assertThat(r.explainTier(4).code()).isEqualTo("tier.MGC");
        assertThat(r.explainTier(3).code()).isEqualTo("tier.MAINTAIN");
        assertThat(r.explainTier(1).code()).isEqualTo("tier.PROSPECT");
        assertThat(r.explainLifecycle(0).code()).isEqualTo("lifecycle.GROWTH.newCustomer");
        assertThat(r.explainLifecycle(0).values()).containsEntry("daysSinceFirstPurchase", 100.0);
        assertThat(r.explainLifecycle(2).code()).isEqualTo("lifecycle.DECLINE.noRecentPurchase");
        assertThat(r.explainLifecycle(3).code()).isEqualTo("lifecycle.TERMINATED.noPurchase");
        assertThat(r.explainLifecycle(3).values()).containsEntry("recencyDays", 500.0).containsEntry("churnDays", 365.0);
        assertThat(r.explainLifecycle(4).code()).isEqualTo("lifecycle.TERMINATED.closed");
        assertThat(r.explainRelationship(4).code()).isEqualTo("relationship.LOST");
        assertThat(r.explainRelationship(0).code()).isEqualTo("relationship.REPEAT");
        assertThat(r.explainAbc(0).code()).isEqualTo("abc.A");
        assertThat(r.explainAbc(0).values()).containsEntry("shareBefore", 0.0);
        assertThat(r.explainAbc(3).code()).isEqualTo("abc.C.nonPositive");
        assertThat(r.explainAbc(1).code()).isEqualTo("abc.NONE");
        assertThat(r.explainPyramid(4).code()).isEqualTo("pyramid.LEAD");
        assertThat(r.explainRfm(4).code()).isEqualTo("rfm.LOYAL");
        assertThat(r.explainRfm(3).code()).isEqualTo("rfm.NONE");
        assertThat(r.explainClv(0).code()).isEqualTo("clv.fallback.tooFewCustomers");
        assertThat(r.explainClv(0).values()).containsEntry("customers", 4.0).containsEntry("minCustomers", 200.0);
        assertThat(r.explainClv(1).code()).isEqualTo("clv.PROSPECT");
        assertThat(r.explainValueQuadrant(4).code()).isEqualTo("quadrant.IV");
    }

    @Test
    void reportsProgressAndTimingsForEveryStage() {
        List<Stage> finished = new ArrayList<>();
        SegmentationResult r = SegmentationEngine.score(facts(), SegmentationSettings.defaults(), AS_OF,
                (stage, done, total) -> {
                    assertThat(done).isBetween(0L, total);
                    if (done == total) {
                        finished.add(stage);
                    }
                });
        assertThat(finished).containsSubsequence(Stage.RANKING, Stage.CLV, Stage.TIERS, Stage.LIFECYCLE);
        assertThat(r.timings()).extracting(StageTiming::stage)
                .containsExactly(Stage.RANKING, Stage.CLV, Stage.TIERS, Stage.LIFECYCLE);
    }

    @Test
    void refusesInvalidSettingsAndFactsFromAfterTheScoringDate() {
        assertThatThrownBy(() -> SegmentationEngine.score(facts(), SegmentationSettings.builder().rfmK(2).build(), AS_OF))
                .isInstanceOf(InvalidSettingsException.class);
        assertThatThrownBy(() -> SegmentationEngine.score(facts(), SegmentationSettings.defaults(), AS_OF.minusDays(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer 5");
    }

    @Test
    void scoresAnEmptyCustomerBase() {
        SegmentationResult r = SegmentationEngine.score(CustomerFacts.builder(0).build(), SegmentationSettings.defaults(),
                AS_OF);
        assertThat(r.size()).isZero();
        assertThat(r.clvModel()).isEqualTo(ClvModel.RETENTION_FALLBACK);
    }
}
