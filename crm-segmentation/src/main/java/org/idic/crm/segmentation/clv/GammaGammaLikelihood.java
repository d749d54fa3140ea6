package org.idic.crm.segmentation.clv;

import org.hipparchus.special.Gamma;
import org.idic.crm.segmentation.math.ChunkedSum;
import org.idic.crm.segmentation.math.DifferentiableFunction;

/**
 * The Gamma-Gamma log-likelihood over customers with x ≥ 1 and m_x &gt; 0, as a function of
 * (ln p, ln q, ln v), with its analytic gradient. Customers are grouped by x so the lnΓ and ψ terms
 * are evaluated once per distinct x; each evaluation costs one logarithm and one division per
 * customer. Amounts are divided by their mean (v scales with them; the log-likelihood shifts by
 * N·ln(scale), added back by {@link GammaGamma#fit}).
 */
final class GammaGammaLikelihood implements DifferentiableFunction {

    final double scale;
    final double totalWeight;
    private final double[] xs;
    private final double[] wX;
    private final int[] start;
    private final double[] spend;
    private final double[] weight;
    private final double sumXLnM;
    private final double sumLnM;
    private final double sumXLnX;

    /** Rows must already be restricted to x ≥ 1, m &gt; 0. */
    GammaGammaLikelihood(double[] x, double[] m, double[] w) {
        int n = x.length;
        double sw = 0;
        double swm = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            swm += w[i] * m[i];
        }
        totalWeight = sw;
        scale = swm > 0 ? swm / sw : 1;
        int[] order = new int[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            keys[i] = org.idic.crm.segmentation.math.IndexSort.ascending(x[i]);
        }
        org.idic.crm.segmentation.math.IndexSort.sort(order, n, keys);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || x[order[i]] != x[order[i - 1]]) {
                distinct++;
            }
        }
        xs = new double[distinct];
        wX = new double[distinct];
        start = new int[distinct + 1];
        spend = new double[n];
        weight = new double[n];
        double sxl = 0;
        double sl = 0;
        double sxx = 0;
        int k = -1;
        for (int i = 0; i < n; i++) {
            int id = order[i];
            if (i == 0 || x[id] != x[order[i - 1]]) {
                xs[++k] = x[id];
                start[k] = i;
            }
            double mScaled = m[id] / scale;
            double lnM = Math.log(mScaled);
            wX[k] += w[id];
            spend[i] = x[id] * mScaled;
            weight[i] = w[id];
            sxl += w[id] * x[id] * lnM;
            sl += w[id] * lnM;
            sxx += w[id] * x[id] * Math.log(x[id]);
        }
        start[distinct] = n;
        sumXLnM = sxl;
        sumLnM = sl;
        sumXLnX = sxx;
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double p = Math.exp(theta[0]);
        double q = Math.exp(theta[1]);
        double v = Math.exp(theta[2]);
        double lnV = Math.log(v);
        double lgQ = Gamma.logGamma(q);
        double psiQ = Gamma.digamma(q);
        double ll = p * sumXLnM - sumLnM + p * sumXLnX;
        double dp = sumXLnM + sumXLnX;
        double dq = 0;
        double dv = 0;
        for (int k = 0; k < xs.length; k++) {
            double x = xs[k];
            double w = wX[k];
            double px = p * x;
            ll += w * (Gamma.logGamma(px + q) - Gamma.logGamma(px) - lgQ + q * lnV);
            double psiPXQ = Gamma.digamma(px + q);
            dp += w * x * (psiPXQ - Gamma.digamma(px));
            dq += w * (psiPXQ - psiQ + lnV);
            dv += w * q / v;
            double[] sums = groupSums(k, v);
            double sumLog = sums[0];
            double sumInv = sums[1];
            ll -= (px + q) * sumLog;
            dp -= x * sumLog;
            dq -= sumLog;
            dv -= (px + q) * sumInv;
        }
        double norm = -1 / totalWeight;
        gradient[0] = norm * dp * p;
        gradient[1] = norm * dq * q;
        gradient[2] = norm * dv * v;
        return norm * ll;
    }

    /** Σ w·ln(s+v) and Σ w/(s+v) over the customers with the k-th distinct x: the only per-customer work. */
    private double[] groupSums(int k, double v) {
        int from = start[k];
        return ChunkedSum.sum(start[k + 1] - from, 2, (lo, hi, acc) -> {
            double sumLog = 0;
            double sumInv = 0;
            for (int i = from + lo; i < from + hi; i++) {
                double s = spend[i] + v;
                sumLog += weight[i] * Math.log(s);
                sumInv += weight[i] / s;
            }
            acc[0] += sumLog;
            acc[1] += sumInv;
        });
    }
}
