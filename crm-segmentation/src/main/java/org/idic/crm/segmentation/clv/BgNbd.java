package org.idic.crm.segmentation.clv;

import org.hipparchus.special.Gamma;
import org.idic.crm.segmentation.math.Bfgs;
import org.idic.crm.segmentation.math.Hypergeometric2F1;

/**
 * The BG/NBD model of Fader, Hardie &amp; Lee (2005) with fitted parameters r, α, a, b &gt; 0.
 *
 * <p>Per customer: x = number of repeat purchases, t_x = time of the last purchase and T = time of
 * observation, both measured from the first purchase, all in one time unit (α is in that unit).
 */
public record BgNbd(double r, double alpha, double a, double b) {

    private static final double GRADIENT_TOLERANCE = 1e-7;
    private static final int MAX_ITERATIONS = 500;
    private static final double NEAR_ONE = 1e-7;
    private static final double STEP = 1e-5;

    /** Validates that every parameter is finite and positive. */
    public BgNbd {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive: r=%s alpha=%s a=%s b=%s"
                    .formatted(r, alpha, a, b));
        }
    }

    /** Maximum-likelihood fit, every customer with weight 1. */
    public static BgNbdFit fit(double[] x, double[] tx, double[] t) {
        return fit(x, tx, t, null);
    }

    /**
     * Maximum-likelihood fit over the log-parameters (so they stay positive) with an analytic gradient.
     *
     * @param x       repeat purchases, whole numbers ≥ 0
     * @param tx      time of the last purchase, 0 ≤ t_x ≤ T
     * @param t       time from the first purchase to the end of observation
     * @param weights how many customers each row stands for, or null for 1 each
     */
    public static BgNbdFit fit(double[] x, double[] tx, double[] t, double[] weights) {
        FitInputs.checkCounts(x, tx, t, weights);
        BgNbdLikelihood likelihood = new BgNbdLikelihood(x, tx, t, weights);
        if (likelihood.totalWeight <= 0) {
            throw new IllegalArgumentException("BG/NBD needs at least one customer");
        }
        Bfgs.Result result = Bfgs.minimize(likelihood, new double[4], GRADIENT_TOLERANCE, MAX_ITERATIONS);
        double[] theta = result.x();
        double ll = -result.value() * likelihood.totalWeight - likelihood.weightedX * Math.log(likelihood.scale);
        double r = Math.exp(theta[0]);
        double alpha = Math.exp(theta[1]) * likelihood.scale;
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        boolean usable = result.converged() && Double.isFinite(ll)
                && Double.isFinite(r + alpha + a + b) && r > 0 && alpha > 0 && a > 0 && b > 0;
        BgNbd model = usable ? new BgNbd(r, alpha, a, b) : null;
        return new BgNbdFit(model, r, alpha, a, b, ll, usable, result.iterations(), likelihood.totalWeight);
    }

    /** The log-likelihood of one customer (Fader, Hardie &amp; Lee 2005, eq. 6). */
    public double logLikelihood(double x, double tx, double t) {
        double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + t);
        if (x == 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        double hi = Math.max(a3, a4);
        return a1 + a2 + hi + Math.log(Math.exp(a3 - hi) + Math.exp(a4 - hi));
    }

    /** The sum of {@link #logLikelihood} over customers. */
    public double logLikelihood(double[] x, double[] tx, double[] t) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += logLikelihood(x[i], tx[i], t[i]);
        }
        return sum;
    }

    /** P(alive | x, t_x, T); 1 when x = 0. */
    public double pAlive(double x, double tx, double t) {
        return 1 / denominator(x, tx, t);
    }

    /** Unconditional E[X(t)]: purchases of a new customer in (0, t]. */
    public double expectedPurchases(double t) {
        return t == 0 ? 0 : growth(0, 0, t);
    }

    /** E[Y(t) | x, t_x, T]: expected purchases in the next t time units. */
    public double conditionalExpectedPurchases(double t, double x, double tx, double bigT) {
        if (t == 0) {
            return 0;
        }
        return growth(x, bigT, t) / denominator(x, tx, bigT);
    }

    /** (a+b+x−1)/(a−1)·(1 − survival), the part of E[Y(t)] that does not depend on t_x. */
    double growth(double x, double bigT, double t) {
        if (Math.abs(a - 1) < NEAR_ONE) {
            // removable singularity at a = 1: average the two sides, error O(h²)
            BgNbd below = new BgNbd(r, alpha, 1 - STEP, b);
            BgNbd above = new BgNbd(r, alpha, 1 + STEP, b);
            return (below.growth(x, bigT, t) + above.growth(x, bigT, t)) / 2;
        }
        if (Math.abs(a + b + x - 1) < NEAR_ONE) {
            // c = a+b+x−1 = 0 (only x = 0 with a+b = 1): ₂F₁ is undefined there, but (a+b+x−1)·(1 − survival)
            // has a finite limit, which is smooth in b: average the two sides, error O(h²)
            BgNbd below = new BgNbd(r, alpha, a, b - STEP);
            BgNbd above = new BgNbd(r, alpha, a, b + STEP);
            return (below.growth(x, bigT, t) + above.growth(x, bigT, t)) / 2;
        }
        return scaleFactor(x) * (1 - survival(x, bigT, t));
    }

    /** 1 + [x&gt;0]·a/(b+x−1)·((α+T)/(α+t_x))^(r+x), computed in logs to avoid overflow. */
    double denominator(double x, double tx, double t) {
        if (x == 0) {
            return 1;
        }
        double lz = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + t) - Math.log(alpha + tx));
        return 1 + Math.exp(lz);
    }

    /**
     * ((α+T)/(α+T+t))^(r+x)·₂F₁(r+x, b+x; a+b+x−1; z) with z = t/(α+T+t), rewritten by Euler's
     * transformation as (1−z)^(a−1)·₂F₁(a+b−1−r, a−1; a+b+x−1; z): the large parameters drop out of the
     * numerator, so the series stays short and nothing overflows for customers with many purchases.
     * It depends on the customer only through (x, T), which is what makes CLV caching work.
     */
    double survival(double x, double bigT, double t) {
        double z = t / (alpha + bigT + t);
        double c = a + b + x - 1;
        return Math.pow(1 - z, a - 1) * Hypergeometric2F1.value(a + b - 1 - r, a - 1, c, z);
    }

    /** (a+b+x−1)/(a−1), the scale of E[Y(t)]. */
    double scaleFactor(double x) {
        return (a + b + x - 1) / (a - 1);
    }
}
