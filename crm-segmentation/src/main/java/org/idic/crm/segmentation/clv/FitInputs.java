package org.idic.crm.segmentation.clv;

/** Argument checks shared by the model fits. */
final class FitInputs {

    private FitInputs() {
    }

    static void checkCounts(double[] x, double[] tx, double[] t, double[] weights) {
        int n = x.length;
        if (tx.length != n || t.length != n || (weights != null && weights.length != n)) {
            throw new IllegalArgumentException("x, t_x, T and weights must have the same length");
        }
        for (int i = 0; i < n; i++) {
            if (!(x[i] >= 0) || x[i] != Math.rint(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] must be a whole number >= 0, got " + x[i]);
            }
            if (!(tx[i] >= 0 && tx[i] <= t[i]) || !Double.isFinite(t[i])) {
                throw new IllegalArgumentException("need 0 <= t_x <= T at row " + i + ", got t_x=" + tx[i] + " T=" + t[i]);
            }
            if (weights != null && !(weights[i] >= 0)) {
                throw new IllegalArgumentException("weights[" + i + "] must be >= 0");
            }
        }
    }
}
