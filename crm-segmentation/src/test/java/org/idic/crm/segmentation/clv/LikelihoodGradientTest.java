package org.idic.crm.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.idic.crm.segmentation.math.DifferentiableFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analytic gradients against central differences of the likelihoods themselves. */
class LikelihoodGradientTest {

    private static void assertGradient(DifferentiableFunction f, double[] theta) {
        double[] g = new double[theta.length];
        f.valueAndGradient(theta, g);
        double h = 1e-6;
        for (int i = 0; i < theta.length; i++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (f.valueAndGradient(up, new double[theta.length])
                    - f.valueAndGradient(down, new double[theta.length])) / (2 * h);
            assertThat(g[i]).as("component %d", i).isCloseTo(numeric, within(1e-6 * (1 + Math.abs(numeric))));
        }
    }

    @ParameterizedTest
    @CsvSource({"0.243, 4.414, 0.793, 2.426", "1.5, 0.5, 3.0, 0.7", "0.05, 30, 0.2, 8"})
    void bgNbdGradientMatchesFiniteDifferences(double r, double alpha, double a, double b) {
        CdnowSummary cdnow = CdnowSummary.load();
        BgNbdLikelihood likelihood = new BgNbdLikelihood(cdnow.x(), cdnow.tx(), cdnow.t(), null);
        assertGradient(likelihood, new double[] {Math.log(r), Math.log(alpha / likelihood.scale), Math.log(a), Math.log(b)});
    }

    @ParameterizedTest
    @CsvSource({"6.25, 3.74, 15.45", "1.0, 1.5, 2.0", "20, 8, 100"})
    void gammaGammaGradientMatchesFiniteDifferences(double p, double q, double v) {
        CdnowSummary cdnow = CdnowSummary.load();
        int n = 0;
        for (double x : cdnow.x()) {
            n += x > 0 ? 1 : 0;
        }
        double[] x = new double[n];
        double[] m = new double[n];
        double[] w = new double[n];
        for (int i = 0, j = 0; i < cdnow.x().length; i++) {
            if (cdnow.x()[i] > 0) {
                x[j] = cdnow.x()[i];
                m[j] = cdnow.zbar()[i];
                w[j++] = 1;
            }
        }
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(x, m, w);
        assertGradient(likelihood, new double[] {Math.log(p), Math.log(q), Math.log(v / likelihood.scale)});
    }
}
