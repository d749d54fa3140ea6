package org.idic.crm.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class GammaGammaTest {

    @Test
    void fitsTheKnownCdnowEstimates() {
        CdnowSummary cdnow = CdnowSummary.load();
        GammaGammaFit fit = GammaGamma.fit(cdnow.x(), cdnow.zbar());
        assertThat(fit.converged()).isTrue();
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.p()).isCloseTo(6.25, within(0.01));
        assertThat(fit.q()).isCloseTo(3.74, within(0.01));
        assertThat(fit.v()).isCloseTo(15.45, within(0.02));
    }

    @Test
    void closedFormsMatchHandComputedValues() {
        GammaGamma model = new GammaGamma(6.25, 3.74, 15.45);
        // mpmath, 30 digits
        assertThat(model.logLikelihood(2, 22.35)).isCloseTo(-3.5515954053488141, within(1e-12));
        assertThat(model.expectedAverageValue(2, 22.35)).isCloseTo(24.667814960629922, within(1e-12));
        assertThat(model.expectedAverageValue(0, 0)).isCloseTo(35.24178832116788, within(1e-12));
    }

    @Test
    void recoversSimulatedParameters() {
        ModelSimulator simulator = new ModelSimulator(7L);
        double[] x = new double[40_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1 + i % 8;
        }
        double[] m = simulator.gammaGamma(x, 4, 5, 60);
        GammaGammaFit fit = GammaGamma.fit(x, m);
        assertThat(fit.p()).isCloseTo(4, Percentage.withPercentage(4));
        assertThat(fit.q()).isCloseTo(5, Percentage.withPercentage(4));
        assertThat(fit.v()).isCloseTo(60, Percentage.withPercentage(6));
    }

    @Test
    void skipsCustomersWithoutRepeatPurchasesOrSpend() {
        GammaGammaFit fit = GammaGamma.fit(new double[] {0, 0}, new double[] {0, 0});
        assertThat(fit.model()).isNull();
        assertThat(fit.customers()).isZero();
    }
}
