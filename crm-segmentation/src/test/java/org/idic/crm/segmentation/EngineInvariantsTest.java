package org.idic.crm.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.CountShares;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.facts.FactsSummarizer;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.testing.RandomCases;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.segmentation.tier.ValueQuadrant;
import org.junit.jupiter.api.Test;

/** Invariants that must hold for any customer base (random order logs, small enough for the fallback). */
class EngineInvariantsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private static CustomerFacts randomFacts(long seed, int customers) {
        SplittableRandom random = new SplittableRandom(seed);
        int asOf = (int) AS_OF.toEpochDay();
        FactsSummarizer f = new FactsSummarizer(AS_OF, SegmentationSettings.defaults());
        for (int c = 0; c < customers; c++) {
            long id = random.nextLong(1, 1_000_000);
            int orders = random.nextInt(0, 6);
            f.addProspect(id);
            for (int o = 0; o < orders; o++) {
                double amount = random.nextInt(0, 4) == 0 ? 50 : random.nextInt(0, 10_000) / 100.0;
                f.addOrder(id, asOf - random.nextInt(0, 900), amount, random.nextBoolean() ? Double.NaN : amount * 0.6);
            }
            if (random.nextInt(3) == 0) {
                f.addServiceCost(id, FactsSummarizer.UNDATED, random.nextInt(0, 300));
            }
        }
        return f.summarize();
    }

    @Test
    void everyScoreIsConsistentWithTheRules() {
        RandomCases.check(60, draw -> everyScoreIsConsistentWithTheRules(draw.anyLong(), draw.intBetween(0, 150)));
    }

    private static void everyScoreIsConsistentWithTheRules(long seed, int customers) {
        CustomerFacts facts = randomFacts(seed, customers);
        SegmentationResult r = SegmentationEngine.score(facts, SegmentationSettings.defaults(), AS_OF);
        int ranked = 0;
        int mvc = 0;
        for (int i = 0; i < r.size(); i++) {
            boolean bought = facts.hasPurchase(i);
            ranked += bought ? 1 : 0;
            mvc += r.tier(i) == Tier.MVC ? 1 : 0;
            assertThat(r.tier(i) == Tier.PROSPECT).isEqualTo(!bought);
            assertThat(r.abcClass(i) == AbcClass.NONE).isEqualTo(!bought);
            assertThat(r.pyramidLevel(i) == PyramidLevel.NONE).isEqualTo(!bought);
            assertThat(r.valueQuadrant(i) == ValueQuadrant.NONE).isEqualTo(!bought);
            assertThat(r.lifecycleStage(i) == LifecycleStage.PROSPECT).isEqualTo(!bought);
            assertThat(r.relationship(i) == Relationship.LOST).isEqualTo(r.lifecycleStage(i) == LifecycleStage.TERMINATED);
            assertThat(r.rScore(i) > 0).isEqualTo(facts.purchaseDaysInWindow(i) > 0);
            if (r.tier(i) == Tier.BZ) {
                assertThat(r.currentValue(i)).isNegative();
                assertThat(r.futureValue(i)).isNotPositive();
            }
            if (r.tier(i) == Tier.MVC) {
                assertThat(r.currentValue(i)).isPositive();
            }
            if (bought) {
                assertThat(r.growthPotential(i)).isNotNegative();
                assertThat(r.explainTier(i).code()).startsWith("tier." + r.tier(i).name());
                assertThat(r.explainLifecycle(i).code()).startsWith("lifecycle." + r.lifecycleStage(i).name());
            }
        }
        assertThat(mvc).isLessThanOrEqualTo(CountShares.ceil(0.2, ranked));
        assertAbcFollowsTheRanking(r, facts);
    }

    @Test
    void theModelPathGivesProbabilitiesAndFiniteValuesOrFallsBackWithAReason() {
        RandomCases.check(30, draw -> theModelPathGivesProbabilitiesAndFiniteValuesOrFallsBackWithAReason(
                draw.anyLong()));
    }

    private static void theModelPathGivesProbabilitiesAndFiniteValuesOrFallsBackWithAReason(long seed) {
        CustomerFacts facts = randomFacts(seed, 400);
        SegmentationSettings s = SegmentationSettings.builder().minCustomersForModel(20).build();
        SegmentationResult r = SegmentationEngine.score(facts, s, AS_OF);
        assertThat(r.modelReport().model() == org.idic.crm.segmentation.clv.ClvModel.RETENTION_FALLBACK)
                .isEqualTo(r.modelReport().fallbackReason() != null);
        for (int i = 0; i < r.size(); i++) {
            if (facts.hasPurchase(i)) {
                assertThat(r.predictedClv(i)).isFinite();
                assertThat(r.futureValue(i)).isFinite();
                if (r.modelReport().fallbackReason() == null) {
                    assertThat(r.pAlive(i)).isBetween(0.0, 1.0);
                    assertThat(r.expectedPurchasesHorizon(i)).isNotNegative();
                }
            }
        }
    }

    /** Walking the ranking, classes never improve (A before B before C). */
    private static void assertAbcFollowsTheRanking(SegmentationResult r, CustomerFacts facts) {
        Integer[] order = new Integer[r.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> {
            int c = Double.compare(facts.revenueWindow(q), facts.revenueWindow(p));
            return c != 0 ? c : Long.compare(facts.id(p), facts.id(q));
        });
        int worst = 0;
        for (int i : order) {
            if (facts.hasPurchase(i)) {
                assertThat(r.abcClass(i).ordinal()).isGreaterThanOrEqualTo(worst);
                worst = r.abcClass(i).ordinal();
            }
        }
    }
}
