package org.idic.crm.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.idic.crm.segmentation.testing.RandomCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BgNbdTest {

    /** The published CDNOW estimates (Fader, Hardie &amp; Lee 2005), as rounded in the paper. */
    private static final BgNbd CDNOW = new BgNbd(0.243, 4.414, 0.793, 2.426);

    @Test
    void fitsThePublishedCdnowEstimates() {
        CdnowSummary cdnow = CdnowSummary.load();
        BgNbdFit fit = BgNbd.fit(cdnow.x(), cdnow.tx(), cdnow.t());
        assertThat(fit.converged()).isTrue();
        assertThat(fit.r()).isCloseTo(0.243, within(0.001));
        assertThat(fit.alpha()).isCloseTo(4.414, within(0.01));
        assertThat(fit.a()).isCloseTo(0.793, within(0.002));
        assertThat(fit.b()).isCloseTo(2.426, within(0.01));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.1));
        assertThat(fit.model().logLikelihood(cdnow.x(), cdnow.tx(), cdnow.t())).isCloseTo(fit.logLikelihood(), within(1e-6));
    }

    @Test
    void groupedWeightsGiveTheSameFitAsRepeatedRows() {
        double[] x = {0, 0, 1, 3, 0, 2};
        double[] tx = {0, 0, 5, 20, 0, 9};
        double[] t = {30, 30, 30, 25, 10, 30};
        BgNbdFit rows = BgNbd.fit(new double[] {0, 0, 0, 1, 3, 0, 2}, new double[] {0, 0, 0, 5, 20, 0, 9},
                new double[] {30, 30, 30, 30, 25, 10, 30});
        BgNbdFit weighted = BgNbd.fit(x, tx, t, new double[] {1, 2, 1, 1, 1, 1});
        assertThat(weighted.logLikelihood()).isCloseTo(rows.logLikelihood(), within(1e-6));
    }

    /** Reference values computed independently with mpmath (30 digits) from the formulas of the spec. */
    @ParameterizedTest
    @CsvSource({
            "0, 0, 38.86, -0.55471327643815846, 1.0, 0.19509805201126291, 1.464547771448237",
            "2, 30.43, 38.86, -9.458606307066271, 0.726578570080673, 1.2260281747671405, 7.3193138117110808",
            "26, 30.86, 31, -37.726579473394439, 0.968915649717525, 20.749726140857371, 98.129627918527084",
            "1, 1.71, 38.86, -4.4690932750325883, 0.2121009853773791, 0.20318698707975342, 1.3074184508243521",
            "7, 35.0, 38.0, -22.012920134497158, 0.8619910650934327, 4.556185276589734, 24.106964964875959"})
    void closedFormsMatchHandComputedValues(double x, double tx, double t, double ll, double pAlive, double ey39,
                                            double ey520) {
        assertThat(CDNOW.logLikelihood(x, tx, t)).isCloseTo(ll, within(1e-10));
        assertThat(CDNOW.pAlive(x, tx, t)).isCloseTo(pAlive, within(1e-12));
        assertThat(CDNOW.conditionalExpectedPurchases(39, x, tx, t)).isCloseTo(ey39, within(1e-10 * ey39));
        assertThat(CDNOW.conditionalExpectedPurchases(520, x, tx, t)).isCloseTo(ey520, within(1e-10 * ey520));
    }

    @Test
    void unconditionalExpectationMatchesHandComputedValues() {
        assertThat(CDNOW.expectedPurchases(39)).isCloseTo(1.1967231933208139, within(1e-12));
        assertThat(CDNOW.expectedPurchases(78)).isCloseTo(1.8605190579427653, within(1e-12));
    }

    @Test
    void expectedPurchasesStartAtZeroAndGrow() {
        RandomCases.check(200, draw -> expectedPurchasesStartAtZeroAndGrow(draw.intBetween(0, 60),
                draw.doubleBetween(0, 1), draw.doubleBetween(0.1, 200), draw.doubleBetween(0.05, 5),
                draw.doubleBetween(0.1, 50), draw.doubleBetween(0.1, 5), draw.doubleBetween(0.1, 10)));
    }

    private static void expectedPurchasesStartAtZeroAndGrow(int x, double txShare, double t, double r,
            double alpha, double a, double b) {
        BgNbd model = new BgNbd(r, alpha, a, b);
        double tx = x == 0 ? 0 : txShare * t;
        assertThat(model.conditionalExpectedPurchases(0, x, tx, t)).isZero();
        // and the formula itself goes to zero with the horizon (t = 0 is answered without it)
        assertThat(model.conditionalExpectedPurchases(1e-9, x, tx, t)).isBetween(0.0, 1e-6);
        double previous = 0;
        for (double horizon = 1; horizon <= 600; horizon *= 1.7) {
            double next = model.conditionalExpectedPurchases(horizon, x, tx, t);
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void expectedPurchasesAreContinuousWhereTheHypergeometricFunctionIsUndefined() {
        // x = 0 with a + b = 1 makes c = a+b+x−1 = 0; the expectation itself is finite there
        BgNbd at = new BgNbd(0.5, 4, 0.4, 0.6);
        double left = new BgNbd(0.5, 4, 0.4, 0.6 - 1e-4).conditionalExpectedPurchases(10, 0, 0, 20);
        double right = new BgNbd(0.5, 4, 0.4, 0.6 + 1e-4).conditionalExpectedPurchases(10, 0, 0, 20);
        double value = at.conditionalExpectedPurchases(10, 0, 0, 20);
        assertThat(value).isFinite().isPositive().isBetween(Math.min(left, right), Math.max(left, right));
    }

    @Test
    void customersWithoutRepeatPurchasesAreAlive() {
        RandomCases.check(100, draw -> {
            double t = draw.doubleBetween(0, 500);
            double r = draw.doubleBetween(0.05, 5);
            double a = draw.doubleBetween(0.1, 5);
            assertThat(new BgNbd(r, 3, a, 2).pAlive(0, 0, t)).isEqualTo(1.0);
        });
    }

    @Test
    void recoversSimulatedParameters() {
        double r = 0.8;
        double alpha = 6;
        double a = 1.4;
        double b = 3.5;
        double[][] data = new ModelSimulator(20_240_601L).bgNbd(60_000, r, alpha, a, b, 52, 156);
        BgNbdFit fit = BgNbd.fit(data[0], data[1], data[2]);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.r()).isCloseTo(r, Percentage.withPercentage(4));
        assertThat(fit.alpha()).isCloseTo(alpha, Percentage.withPercentage(4));
        assertThat(fit.a()).isCloseTo(a, Percentage.withPercentage(6));
        assertThat(fit.b()).isCloseTo(b, Percentage.withPercentage(6));
    }
}
