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
import org.idic.crm.segmentation.settings.AbcValueBasis;
import org.idic.crm.segmentation.settings.InvalidSettingsException;
import org.idic.crm.segmentation.settings.RfmMode;
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

    /**
     * Revenue(W) 800 (id 9), 150 (id 2) and 150 (id 1), given in that order: S = 1100, the 80% line is 880.
     * Equal values are ranked by customer id, so id 1 comes second (P = 800 < 880: A) and id 2 third
     * (P = 950: B), whatever the order of the facts.
     */
    @Test
    void equalValuesAreRankedByCustomerIdWhateverTheOrderOfTheFacts() {
        CustomerFacts unordered = CustomerFacts.builder(3)
                .add(9).purchases(D - 5, D - 5, 1, 1, 1).revenue(800, 800, 800, 0, 0).margin(240, 240)
                .add(2).purchases(D - 5, D - 5, 1, 1, 1).revenue(150, 150, 150, 0, 0).margin(45, 45)
                .add(1).purchases(D - 5, D - 5, 1, 1, 1).revenue(150, 150, 150, 0, 0).margin(45, 45)
                .build();

        SegmentationResult r = SegmentationEngine.score(unordered, SegmentationSettings.defaults(), AS_OF);

        assertThat(r.customerId(0)).isEqualTo(9);
        assertThat(List.of(r.abcClass(0), r.abcClass(1), r.abcClass(2)))
                .containsExactly(AbcClass.A, AbcClass.B, AbcClass.A);
        // MVC: ceil(0.2 · 3) = 1, the largest current value (annualised margin, no service cost): id 9; the tie
        // between 1 and 2 for MGC-less Maintain is irrelevant, but the pyramid is by rank: 0 → platinum
        assertThat(r.tier(0)).isEqualTo(Tier.MVC);
        assertThat(r.pyramidLevel(0)).isEqualTo(PyramidLevel.PLATINUM);
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
    void abcCanRankByMarginOrNetProfit() {
        // margin(W) 300, 20, 0, 210: S = 530, lines 424 and 503.5; customer 3 (P = 510) drops from B to C
        for (AbcValueBasis basis : List.of(AbcValueBasis.MARGIN, AbcValueBasis.NET_PROFIT)) {
            SegmentationResult r = SegmentationEngine.score(facts(),
                    SegmentationSettings.builder().abcValueBasis(basis).build(), AS_OF);
            assertThat(List.of(r.abcClass(0), r.abcClass(1), r.abcClass(2), r.abcClass(3), r.abcClass(4)))
                    .as(basis.name()).containsExactly(AbcClass.A, AbcClass.NONE, AbcClass.C, AbcClass.C, AbcClass.A);
        }
    }

    @Test
    void rfmCanScoreWithFixedCutPoints() {
        SegmentationSettings fixed = SegmentationSettings.builder().rfmMode(RfmMode.FIXED_BINS)
                .recencyCuts(List.of(7.0, 30.0, 90.0, 180.0)).frequencyCuts(List.of(2.0, 3.0, 5.0, 10.0))
                .monetaryCuts(List.of(100.0, 500.0, 1000.0, 5000.0)).build();

        SegmentationResult r = SegmentationEngine.score(facts(), fixed, AS_OF);

        // recency 10, 200, 3 days: 1 + the cuts at or above it (3, 0, 4); frequency 3, 2, 6 and monetary
        // 1000, 100, 700: 1 + the cuts at or below (3, 1, 3 and 3, 1, 2)
        assertThat(List.of(r.rfmCode(0), r.rfmCode(2), r.rfmCode(4))).containsExactly("434", "122", "543");
        assertThat(List.of(r.rfmSegment(0), r.rfmSegment(2), r.rfmSegment(4))).containsExactly(
                RfmSegment.POTENTIAL_LOYALISTS, RfmSegment.HIBERNATING, RfmSegment.CHAMPIONS);
    }

    @Test
    void rfmWithThreeLevelsMapsOntoTheFiveByFiveGrid() {
        SegmentationResult r = SegmentationEngine.score(facts(), SegmentationSettings.builder().rfmK(3).build(),
                AS_OF);

        // score = 1 + floor(3 · less / 3) = 1 + less; on the grid 1 → 1, 2 → 3, 3 → 5
        assertThat(List.of(r.rfmCode(0), r.rfmCode(2), r.rfmCode(4))).containsExactly("223", "111", "332");
        assertThat(List.of(r.rfmSegment(0), r.rfmSegment(2), r.rfmSegment(4))).containsExactly(
                RfmSegment.NEED_ATTENTION, RfmSegment.HIBERNATING, RfmSegment.CHAMPIONS);
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
