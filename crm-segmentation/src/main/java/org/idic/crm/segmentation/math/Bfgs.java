package org.idic.crm.segmentation.math;

/**
 * A plain BFGS minimiser with a backtracking (Armijo) line search, for the handful of parameters the
 * CLV models have.
 *
 * <p>Why hand-written: Hipparchus offers only non-linear conjugate gradients, Nelder–Mead, BOBYQA and
 * CMA-ES for unconstrained smooth problems. With an analytic gradient, quasi-Newton converges in a few
 * dozen likelihood evaluations where conjugate gradients needs hundreds on the badly scaled BG/NBD
 * surface, and every evaluation costs a pass over all customers. Four dimensions make the dense
 * inverse-Hessian update trivial.
 */
public final class Bfgs {

    /** Result of a minimisation. */
    public record Result(double[] x, double value, int iterations, int evaluations, boolean converged) {
    }

    private static final double ARMIJO = 1e-4;
    /** Relative decrease below which an iteration counts as stalled (rounding noise of large sums). */
    private static final double STALL = 1e-14;
    /** A stalled search still counts as converged when the gradient is this small. */
    private static final double STALLED_GRADIENT = 1e-5;

    private Bfgs() {
    }

    /**
     * Minimises f from x0.
     *
     * <p>Converged means every |∂f/∂xᵢ| fell below {@code gradientTolerance}, or the search stalled at
     * the rounding floor (three iterations in a row improving f by less than 1e-14 relatively) with
     * the gradient below 1e-5: sums over a million customers carry that much noise.
     *
     * @param gradientTolerance converged when every |∂f/∂xᵢ| is below this
     */
    public static Result minimize(DifferentiableFunction f, double[] x0, double gradientTolerance, int maxIterations) {
        int n = x0.length;
        double[] x = x0.clone();
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        if (!Double.isFinite(fx)) {
            return new Result(x, fx, 0, 1, false);
        }
        double[][] h = identity(n);
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        double[] dir = new double[n];
        int evaluations = 1;
        int stalled = 0;
        for (int iter = 0; iter < maxIterations; iter++) {
            if (maxAbs(g) < gradientTolerance) {
                return new Result(x, fx, iter, evaluations, true);
            }
            multiply(h, g, dir);
            double slope = 0;
            for (int i = 0; i < n; i++) {
                dir[i] = -dir[i];
                slope += dir[i] * g[i];
            }
            if (slope >= 0) { // lost positive definiteness: restart along steepest descent
                h = identity(n);
                for (int i = 0; i < n; i++) {
                    dir[i] = -g[i];
                }
                slope = -dot(g, g);
            }
            double step = 1;
            double fNew = Double.NaN;
            for (int tries = 0; tries < 30; tries++) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * dir[i];
                }
                fNew = f.valueAndGradient(xNew, gNew);
                evaluations++;
                if (Double.isFinite(fNew) && fNew <= fx + ARMIJO * step * slope) {
                    break;
                }
                step = Double.isFinite(fNew) ? backtrack(step, slope, fNew - fx) : step * 0.1;
            }
            if (!Double.isFinite(fNew) || fNew > fx) {
                // no decrease possible along this direction: we are at the floor of rounding error
                return new Result(x, fx, iter, evaluations, maxAbs(g) < STALLED_GRADIENT);
            }
            stalled = fx - fNew <= STALL * Math.abs(fx) ? stalled + 1 : 0;
            if (iter == 0) {
                scaleToCurvature(h, x, xNew, g, gNew);
            }
            update(h, x, xNew, g, gNew);
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (stalled >= 3) {
                return new Result(x, fx, iter + 1, evaluations, maxAbs(g) < STALLED_GRADIENT);
            }
        }
        return new Result(x, fx, maxIterations, evaluations, maxAbs(g) < gradientTolerance);
    }

    /**
     * The minimiser of the quadratic through f(0), f'(0) and f(step), kept within [0.1, 0.5]·step:
     * one interpolated retry usually lands where halving would need several.
     */
    private static double backtrack(double step, double slope, double rise) {
        double minimiser = -slope * step * step / (2 * (rise - slope * step));
        return Math.min(0.5 * step, Math.max(0.1 * step, minimiser));
    }

    /**
     * Before the first update, scales the identity to the curvature seen along the first step
     * (H₀ = s·y / y·y, Nocedal &amp; Wright eq. 6.20), so later steps start at a sensible length and the
     * line search rarely has to backtrack.
     */
    private static void scaleToCurvature(double[][] h, double[] x, double[] xNew, double[] g, double[] gNew) {
        double sy = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            double s = xNew[i] - x[i];
            double y = gNew[i] - g[i];
            sy += s * y;
            yy += y * y;
        }
        if (sy > 0 && yy > 0) {
            for (int i = 0; i < x.length; i++) {
                h[i][i] = sy / yy;
            }
        }
    }

    /** The BFGS update of the inverse Hessian; skipped when the curvature condition fails. */
    private static void update(double[][] h, double[] x, double[] xNew, double[] g, double[] gNew) {
        int n = x.length;
        double[] s = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = xNew[i] - x[i];
            y[i] = gNew[i] - g[i];
        }
        double sy = dot(s, y);
        if (!(sy > 1e-300)) {
            return;
        }
        double rho = 1 / sy;
        double[] hy = new double[n];
        multiply(h, y, hy);
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += (1 + yhy * rho) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static void multiply(double[][] m, double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += m[i][j] * v[j];
            }
            out[i] = s;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }
}
