package org.idic.crm.segmentation.clv;

import org.hipparchus.special.Gamma;
import org.idic.crm.segmentation.math.Bfgs;

/**
 * The Gamma-Gamma model of spend per transaction (Fader &amp; Hardie 2013) with parameters p, q, v &gt; 0.
 * Per customer: x = number of repeat purchases and m_x = their mean amount.
 */
public record GammaGamma(double p, double q, double v) {

    private static final double GRADIENT_TOLERANCE = 1e-8;
    private static final int MAX_ITERATIONS = 500;

    /** Validates that every parameter is finite and positive. */
    public GammaGamma {
        if (!(p > 0 && q > 0 && v > 0) || !Double.isFinite(p + q + v)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be positive: p=%s q=%s v=%s".formatted(p, q, v));
        }
    }

    /** Fit with every customer weighted 1; see {@link #fit(double[], double[], double[])}. */
    public static GammaGammaFit fit(double[] x, double[] mx) {
        return fit(x, mx, null);
    }

    /**
     * Maximum-likelihood fit on the customers with x ≥ 1 and m_x &gt; 0 (others are skipped: the model
     * is about repeat purchases, and ln m_x is undefined for a zero mean).
     */
    public static GammaGammaFit fit(double[] x, double[] mx, double[] weights) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (eligible(x[i], mx[i], weights == null ? 1 : weights[i])) {
                n++;
            }
        }
        double[] xs = new double[n];
        double[] ms = new double[n];
        double[] ws = new double[n];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            double w = weights == null ? 1 : weights[i];
            if (eligible(x[i], mx[i], w)) {
                xs[j] = x[i];
                ms[j] = mx[i];
                ws[j++] = w;
            }
        }
        if (n == 0) {
            return new GammaGammaFit(null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, 0, 0);
        }
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(xs, ms, ws);
        Bfgs.Result result = Bfgs.minimize(likelihood, new double[] {0, Math.log(2), 0}, GRADIENT_TOLERANCE, MAX_ITERATIONS);
        double p = Math.exp(result.x()[0]);
        double q = Math.exp(result.x()[1]);
        double v = Math.exp(result.x()[2]) * likelihood.scale;
        double ll = -result.value() * likelihood.totalWeight - likelihood.totalWeight * Math.log(likelihood.scale);
        boolean usable = result.converged() && Double.isFinite(ll) && Double.isFinite(p + q + v) && p > 0 && q > 0 && v > 0;
        return new GammaGammaFit(usable ? new GammaGamma(p, q, v) : null, p, q, v, ll, usable, result.iterations(),
                likelihood.totalWeight);
    }

    private static boolean eligible(double x, double m, double w) {
        return x >= 1 && m > 0 && Double.isFinite(m) && w > 0;
    }

    /** The log-likelihood of one customer with x ≥ 1 and mean repeat amount m_x &gt; 0. */
    public double logLikelihood(double x, double mx) {
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(v)
                + (px - 1) * Math.log(mx) + px * Math.log(x) - (px + q) * Math.log(x * mx + v);
    }

    /**
     * E[M | x, m_x] = p·(v + x·m_x)/(p·x + q − 1); for x = 0 this is the population mean p·v/(q−1).
     * Infinite when q ≤ 1 and x = 0 (the population mean does not exist).
     */
    public double expectedAverageValue(double x, double mx) {
        double denominator = p * x + q - 1;
        return denominator > 0 ? p * (v + x * mx) / denominator : Double.POSITIVE_INFINITY;
    }
}
