package org.idic.crm.segmentation.math;

import static org.idic.crm.segmentation.math.SpecialFunctions.lnAbsGamma;
import static org.idic.crm.segmentation.math.SpecialFunctions.signGamma;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z &lt; 1 (and z = 1
 * when c − a − b &gt; 0).
 *
 * <p>Strategy, chosen so that every branch sums a series whose terms shrink quickly:
 * <ul>
 *   <li>z &lt; 0: Pfaff's transformation maps z to z/(z−1) in (0, 1);</li>
 *   <li>0 &lt; z: the Gauss series, with a tail bound, as long as it converges within a budget of terms
 *       (always for z ≤ ½; near 1 only when the terms also decay polynomially fast);</li>
 *   <li>otherwise the linear transformation z → 1 − z (Abramowitz &amp; Stegun 15.3.6), whose two
 *       series have argument 1 − z &lt; ½. Where c − a − b is an integer that formula degenerates
 *       (two infinite terms cancel); there ₂F₁, which is analytic in c, is interpolated from six
 *       nearby values of c at which the formula is well conditioned.</li>
 * </ul>
 * Accuracy is about 1e-12 relative or better on the parameter ranges the BG/NBD model produces, tested
 * against closed forms and against brute-force summation.
 */
public final class Hypergeometric2F1 {

    private static final double EPS = 1e-16;
    private static final int SERIES_BUDGET_NEAR_ONE = 1_500;
    private static final int SERIES_BUDGET = 100_000;
    /** Below this distance of c − a − b from an integer the connection formula loses too many digits. */
    private static final double NEAR_INTEGER = 0.005;
    private static final double NODE_SPACING = 0.001;
    private static final double[] NODES = {-3, -2, -1, 1, 2, 3};

    private Hypergeometric2F1() {
    }

    /**
     * ₂F₁(a, b; c; z).
     *
     * @throws IllegalArgumentException for z &gt; 1, z = 1 with c − a − b ≤ 0, or c a non-positive integer
     *                                  (where the function is undefined)
     */
    public static double value(double a, double b, double c, double z) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(z)) {
            return Double.NaN;
        }
        if (z > 1) {
            throw new IllegalArgumentException("2F1 is only defined here for z <= 1, got " + z);
        }
        if (isNonPositiveInteger(c) && !(terminates(a) && a > c) && !(terminates(b) && b > c)) {
            throw new IllegalArgumentException("2F1 is undefined for c = " + c);
        }
        if (z == 0 || a == 0 || b == 0) {
            return 1;
        }
        if (z == 1) {
            return atOne(a, b, c);
        }
        if (z < 0) {
            return pfaff(a, b, c, z);
        }
        if (terminates(a) || terminates(b)) {
            return series(a, b, c, z, SERIES_BUDGET);
        }
        double direct = series(a, b, c, z, z <= 0.5 ? SERIES_BUDGET : SERIES_BUDGET_NEAR_ONE);
        return Double.isNaN(direct) ? nearOne(a, b, c, z) : direct;
    }

    private static double pfaff(double a, double b, double c, double z) {
        double u = z / (z - 1);
        // Of the two Pfaff forms prefer the one whose series terminates, if any.
        if (terminates(c - a) && !terminates(c - b)) {
            return Math.pow(1 - z, -b) * value(c - a, b, c, u);
        }
        return Math.pow(1 - z, -a) * value(a, c - b, c, u);
    }

    private static double atOne(double a, double b, double c) {
        double s = c - a - b;
        if (s <= 0) {
            throw new IllegalArgumentException("2F1 diverges at z = 1 when c - a - b <= 0");
        }
        return gammaRatio(new double[] {c, s}, new double[] {c - a, c - b});
    }

    private static double nearOne(double a, double b, double c, double z) {
        double s = c - a - b;
        double m = Math.rint(s);
        double eps = s - m;
        if (Math.abs(eps) >= NEAR_INTEGER) {
            return connection(a, b, c, z);
        }
        // Lagrange interpolation in c through nodes where c − a − b = m + k·h, evaluated at m + eps.
        double h = NODE_SPACING;
        double result = 0;
        for (int i = 0; i < NODES.length; i++) {
            double weight = 1;
            for (int j = 0; j < NODES.length; j++) {
                if (j != i) {
                    weight *= (eps - NODES[j] * h) / ((NODES[i] - NODES[j]) * h);
                }
            }
            result += weight * connection(a, b, c - eps + NODES[i] * h, z);
        }
        return result;
    }

    /** A&amp;S 15.3.6, valid when c − a − b is not an integer. */
    private static double connection(double a, double b, double c, double z) {
        double w = 1 - z;
        double s = c - a - b;
        double first = gammaRatio(new double[] {c, s}, new double[] {c - a, c - b});
        if (first != 0) {
            first *= series(a, b, 1 - s, w, SERIES_BUDGET);
        }
        double second = gammaRatio(new double[] {c, -s}, new double[] {a, b});
        if (second != 0) {
            second *= Math.pow(w, s) * series(c - a, c - b, 1 + s, w, SERIES_BUDGET);
        }
        return first + second;
    }

    /** Π Γ(num) / Π Γ(den), zero when a denominator argument is a pole. */
    static double gammaRatio(double[] num, double[] den) {
        double log = 0;
        int sign = 1;
        for (double x : den) {
            int sg = signGamma(x);
            if (sg == 0) {
                return 0;
            }
            sign *= sg;
            log -= lnAbsGamma(x);
        }
        for (double x : num) {
            sign *= signGamma(x);
            log += lnAbsGamma(x);
        }
        return sign * Math.exp(log);
    }

    /**
     * The Gauss series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ, or NaN when it has not converged within the budget.
     * It stops when the remaining tail, bounded by a geometric series with the largest ratio still to
     * come, is below the rounding error of the sum.
     */
    static double series(double a, double b, double c, double z, int budget) {
        double sum = 1;
        double term = 1;
        double compensation = 0;
        for (int n = 0; n < budget; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            // Kahan summation: near z = 1 thousands of terms are added.
            double y = term - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
            if (term == 0) {
                return sum;
            }
            if (!Double.isFinite(sum)) {
                return sum;
            }
            double next = Math.abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z);
            double ratio = Math.max(next, Math.abs(z));
            if (n > Math.abs(a) + Math.abs(b) + Math.abs(c) && ratio < 1
                    && Math.abs(term) * ratio / (1 - ratio) <= EPS * Math.abs(sum)) {
                return sum;
            }
        }
        return Double.NaN;
    }

    private static boolean terminates(double x) {
        return isNonPositiveInteger(x);
    }

    private static boolean isNonPositiveInteger(double x) {
        return x <= 0 && x == Math.rint(x);
    }
}
