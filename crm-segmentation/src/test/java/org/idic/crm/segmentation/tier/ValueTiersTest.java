package org.idic.crm.segmentation.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.settings.ThresholdMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTiersTest {

    private static final SegmentationSettings S = SegmentationSettings.defaults();

    /** Customers 0..n−1 in id order, each given as currentValue/futureValue/growthPotential. */
    private record Run(Tier[] tiers, ValueQuadrant[] quadrants, int[] rank, ValueMatrix matrix) {
    }

    private static Run run(SegmentationSettings s, double[][] customers) {
        int n = customers.length;
        int[] ranked = new int[n];
        double[] cv = new double[n];
        double[] fv = new double[n];
        double[] gp = new double[n];
        for (int i = 0; i < n; i++) {
            ranked[i] = i;
            cv[i] = customers[i][0];
            fv[i] = customers[i][1];
            gp[i] = customers[i][2];
        }
        byte[] tier = new byte[n];
        int[] rank = new int[n];
        byte[] quadrant = new byte[n];
        ValueMatrix m = ValueTiers.assign(ranked, n, cv, fv, gp, s, tier, rank, quadrant);
        Tier[] t = new Tier[n];
        ValueQuadrant[] q = new ValueQuadrant[n];
        for (int i = 0; i < n; i++) {
            t[i] = Tier.values()[tier[i]];
            q[i] = ValueQuadrant.values()[quadrant[i]];
        }
        return new Run(t, q, rank, m);
    }

    @ParameterizedTest(name = "current {0}, future {1} -> {2}")
    @CsvSource({"-1, 0, BZ", "-0.01, -0.01, BZ", "-1, 0.01, MAINTAIN", "0, -10, MAINTAIN", "-500, -300, BZ"})
    void belowZeroNeedsNegativeCurrentAndNonPositiveFutureValue(double current, double future, Tier expected) {
        // ten customers so that the MVC share (ceil(0.2·10) = 2) goes to the two big ones
        double[][] c = new double[10][];
        c[0] = new double[] {current, future, 0};
        for (int i = 1; i < 10; i++) {
            c[i] = new double[] {i == 1 || i == 2 ? 1000 : 1, 0, 0};
        }
        assertThat(run(S, c).tiers()[0]).isEqualTo(expected);
    }

    @Test
    void mvcIsTheTopShareOfAllRankedCustomersTiesByIdAmongPositiveNonBz() {
        double[][] c = {
            {100, 0, 0}, {50, 0, 0}, {50, 0, 0}, {10, 0, 0}, {-5, -1, 0},
            {-5, -1, 0}, {-5, -1, 0}, {-5, -1, 0}, {0, 0, 0}, {0, 0, 0}};
        Run r = run(S, c);
        // n = 10 ranked, ceil(0.2·10) = 2: 100 and the first 50 (lower id)
        assertThat(r.tiers()).containsExactly(Tier.MVC, Tier.MVC, Tier.MAINTAIN, Tier.MAINTAIN, Tier.BZ, Tier.BZ,
                Tier.BZ, Tier.BZ, Tier.MAINTAIN, Tier.MAINTAIN);
        assertThat(r.matrix().mvcThreshold()).isEqualTo(50);
        assertThat(r.matrix().mvcLimit()).isEqualTo(2);
        assertThat(r.rank()[0]).isEqualTo(1);
        assertThat(r.rank()[2]).isEqualTo(3);
    }

    @Test
    void fewerCandidatesThanTheShareMeansFewerMvc() {
        double[][] c = {{-5, -1, 0}, {-5, -1, 0}, {-5, -1, 0}, {-5, -1, 0}, {30, 0, 0}};
        Run r = run(S, c);
        assertThat(r.tiers()).containsExactly(Tier.BZ, Tier.BZ, Tier.BZ, Tier.BZ, Tier.MVC);
        assertThat(r.matrix().mvcCount()).isEqualTo(1);
    }

    @Test
    void mvcByAmountTakesEveryoneAtOrAboveIt() {
        SegmentationSettings s = S.toBuilder().mvcMode(ThresholdMode.AMOUNT).mvcAmount(100).build();
        Run r = run(s, new double[][] {{100, 0, 0}, {99.99, 0, 0}, {250, 0, 0}, {101, 0, 0}});
        assertThat(r.tiers()).containsExactly(Tier.MVC, Tier.MAINTAIN, Tier.MVC, Tier.MVC);
        assertThat(r.matrix().mvcThreshold()).isEqualTo(100);
        assertThat(r.matrix().mvcLimit()).isEqualTo(-1);
    }

    @Test
    void mgcIsTheTopShareByGrowthAmongTheRestWithPositivePotential() {
        double[][] c = {
            {900, 0, 500}, {10, 0, 40}, {10, 0, 40}, {10, 0, 30}, {10, 0, 0},
            {10, 0, 0}, {10, 0, 0}, {10, 0, 0}, {10, 0, 0}, {-5, -1, 900}};
        Run r = run(S, c);
        // MVC: ceil(2) -> 900 and the first 10 (id 1); MGC among the rest with growth > 0 (not BZ): 40 (id 2), 30
        assertThat(r.tiers()).containsExactly(Tier.MVC, Tier.MVC, Tier.MGC, Tier.MGC, Tier.MAINTAIN, Tier.MAINTAIN,
                Tier.MAINTAIN, Tier.MAINTAIN, Tier.MAINTAIN, Tier.BZ);
        assertThat(r.matrix().mgcThreshold()).isEqualTo(30);
        assertThat(r.quadrants()).containsExactly(ValueQuadrant.I, ValueQuadrant.I, ValueQuadrant.I, ValueQuadrant.I,
                ValueQuadrant.II, ValueQuadrant.II, ValueQuadrant.II, ValueQuadrant.II, ValueQuadrant.II,
                ValueQuadrant.IV);
    }

    @Test
    void mgcByAmountNeedsGrowthAtOrAboveIt() {
        SegmentationSettings s = S.toBuilder().mgcMode(ThresholdMode.AMOUNT).mgcAmount(50).build();
        Run r = run(s, new double[][] {{5, 0, 50}, {5, 0, 49}, {5, 0, 0}, {5, 0, 70}, {1000, 0, 80}});
        assertThat(r.tiers()).containsExactly(Tier.MGC, Tier.MAINTAIN, Tier.MAINTAIN, Tier.MGC, Tier.MVC);
        assertThat(r.quadrants()).containsExactly(ValueQuadrant.IV, ValueQuadrant.III, ValueQuadrant.III,
                ValueQuadrant.IV, ValueQuadrant.I);
    }

    @Test
    void withoutMvcOrMgcNobodyIsHigh() {
        Run r = run(S, new double[][] {{0, 0, 0}, {-1, -1, 0}});
        assertThat(r.matrix().mvcThreshold()).isNaN();
        assertThat(r.matrix().mgcThreshold()).isNaN();
        assertThat(r.quadrants()).containsOnly(ValueQuadrant.III);
    }

    @Test
    void valueFormulasMatchTheSpec() {
        assertThat(ValueTiers.currentValue(1200, 1850, 365)).isEqualTo(-650);
        assertThat(ValueTiers.currentValue(100, 40, 180)).isCloseTo(60 * 365 / 180.0, within(1e-12));
        // (120·365/365/12) · 11.5 · 0.5 = 10 · 5.75
        assertThat(ValueTiers.projectedServiceCost(120, 365, 11.5, 0.5)).isCloseTo(57.5, within(1e-12));
        assertThat(ValueTiers.projectedServiceCost(120, 365, 11.5, Double.NaN)).isCloseTo(115, within(1e-12));
        // futureValue·12/H − currentValue = 600·12/24 − 100 = 200
        assertThat(ValueTiers.growthPotential(600, 100, 24, Double.NaN, 0, 365, 0.3)).isCloseTo(200, within(1e-12));
        // wallet term (5000 − 1000)·0.3 = 1200 wins
        assertThat(ValueTiers.growthPotential(600, 100, 24, 5000, 1000, 365, 0.3)).isCloseTo(1200, within(1e-12));
        assertThat(ValueTiers.growthPotential(-50, 100, 12, 500, 1000, 365, 0.3)).isZero();
    }
}
