package org.idic.crm.segmentation.clv;

import org.hipparchus.special.Gamma;
import org.idic.crm.segmentation.math.ChunkedSum;
import org.idic.crm.segmentation.math.DifferentiableFunction;
import org.idic.crm.segmentation.math.TupleIndex;

/**
 * The BG/NBD log-likelihood of a whole customer base, as a function of (ln r, ln α, ln a, ln b), with
 * its analytic gradient.
 *
 * <p>Everything that depends on x alone (the lnΓ terms) is summed per distinct x, everything that
 * depends on T alone per distinct T; only ln(1 + a/(b+x−1)·((α+T)/(α+t_x))^(r+x)) needs a pass over
 * the distinct (x, t_x, T) triples. Times are divided by their mean so that α is of order one; that
 * shifts the log-likelihood by the constant Σ x·ln(scale), which {@link BgNbd#fit} adds back.
 */
final class BgNbdLikelihood implements DifferentiableFunction {

    final double scale;
    final double totalWeight;
    final double weightedX;
    private final double[] xs;
    private final double[] wX;
    private final double[] ts;
    private final double[] wT;
    private final double[] xwT;
    private final double[] txs;
    private final int groups;
    private final int[] gX;
    private final int[] gT;
    private final int[] gTx;
    private final double[] gW;

    BgNbdLikelihood(double[] x, double[] tx, double[] t, double[] weights) {
        int n = x.length;
        double sumW = 0;
        double sumWT = 0;
        double sumWX = 0;
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1 : weights[i];
            sumW += w;
            sumWT += w * t[i];
            sumWX += w * x[i];
        }
        totalWeight = sumW;
        weightedX = sumWX;
        scale = sumWT > 0 ? sumWT / sumW : 1;
        TupleIndex xIndex = new TupleIndex(256);
        TupleIndex tIndex = new TupleIndex(4096);
        TupleIndex txIndex = new TupleIndex(4096);
        TupleIndex triples = new TupleIndex(Math.min(n, 1 << 16));
        int[] xi = new int[n];
        int[] ti = new int[n];
        for (int i = 0; i < n; i++) {
            xi[i] = xIndex.idOf(Double.doubleToLongBits(x[i]), 0, 0);
            ti[i] = tIndex.idOf(Double.doubleToLongBits(t[i]), 0, 0);
        }
        xs = values(xIndex, 1);
        ts = values(tIndex, scale);
        wX = new double[xs.length];
        wT = new double[ts.length];
        xwT = new double[ts.length];
        double[] tripleWeight = new double[Math.max(16, Math.min(n, 1 << 16))];
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1 : weights[i];
            wX[xi[i]] += w;
            wT[ti[i]] += w;
            xwT[ti[i]] += w * x[i];
            if (x[i] > 0) {
                int txi = txIndex.idOf(Double.doubleToLongBits(tx[i]), 0, 0);
                int g = triples.idOf(xi[i], txi, ti[i]);
                if (g == tripleWeight.length) {
                    tripleWeight = java.util.Arrays.copyOf(tripleWeight, g * 2);
                }
                tripleWeight[g] += w;
            }
        }
        txs = values(txIndex, scale);
        groups = triples.size();
        gX = new int[groups];
        gT = new int[groups];
        gTx = new int[groups];
        gW = java.util.Arrays.copyOf(tripleWeight, groups);
        for (int g = 0; g < groups; g++) {
            gX[g] = (int) triples.first(g);
            gTx[g] = (int) triples.second(g);
            gT[g] = (int) triples.third(g);
        }
    }

    /** Number of distinct (x, t_x, T) triples with x &gt; 0: the cost of one evaluation. */
    int distinctTriples() {
        return groups;
    }

    private static double[] values(TupleIndex index, double divisor) {
        double[] v = new double[index.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.longBitsToDouble(index.first(i)) / divisor;
        }
        return v;
    }

    /** Minus the mean log-likelihood per unit weight, in scaled time; gradient with respect to ln-parameters. */
    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        double r = Math.exp(theta[0]);
        double alpha = Math.exp(theta[1]);
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        double ll = 0;
        double dr = 0;
        double dAlpha = 0;
        double da = 0;
        double db = 0;
        double lnAlpha = Math.log(alpha);
        double lgR = Gamma.logGamma(r);
        double lgB = Gamma.logGamma(b);
        double lgAB = Gamma.logGamma(a + b);
        double psiR = Gamma.digamma(r);
        double psiB = Gamma.digamma(b);
        double psiAB = Gamma.digamma(a + b);
        double lnA = Math.log(a);
        double[] lnRatio = new double[xs.length];
        double[] invB = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            double x = xs[k];
            double w = wX[k];
            ll += w * (Gamma.logGamma(r + x) - lgR + r * lnAlpha
                    + lgAB + Gamma.logGamma(b + x) - lgB - Gamma.logGamma(a + b + x));
            double psiABX = Gamma.digamma(a + b + x);
            dr += w * (Gamma.digamma(r + x) - psiR + lnAlpha);
            dAlpha += w * r / alpha;
            da += w * (psiAB - psiABX);
            db += w * (psiAB + Gamma.digamma(b + x) - psiB - psiABX);
            if (x > 0) {
                lnRatio[k] = lnA - Math.log(b + x - 1);
                invB[k] = 1 / (b + x - 1);
            }
        }
        double[] lnT = new double[ts.length];
        double[] invT = new double[ts.length];
        for (int j = 0; j < ts.length; j++) {
            lnT[j] = Math.log(alpha + ts[j]);
            invT[j] = 1 / (alpha + ts[j]);
            double rx = r * wT[j] + xwT[j];
            ll -= rx * lnT[j];
            dr -= wT[j] * lnT[j];
            dAlpha -= rx * invT[j];
        }
        double[] lnTx = new double[txs.length];
        double[] invTx = new double[txs.length];
        for (int j = 0; j < txs.length; j++) {
            lnTx[j] = Math.log(alpha + txs[j]);
            invTx[j] = 1 / (alpha + txs[j]);
        }
        double[] sums = tripleSums(r, a, lnRatio, invB, lnT, invT, lnTx, invTx);
        ll += sums[0];
        dr += sums[1];
        dAlpha += sums[2];
        da += sums[3];
        db -= sums[4];
        double norm = -1 / totalWeight;
        gradient[0] = norm * dr * r;
        gradient[1] = norm * dAlpha * alpha;
        gradient[2] = norm * da * a;
        gradient[3] = norm * db * b;
        return norm * ll;
    }

    /**
     * Σ over the distinct triples of w·ln(1+z) and its derivative parts, z = a/(b+x−1)·((α+T)/(α+t_x))^(r+x):
     * the only part of the likelihood that needs a pass over the data. Returns {LL, ∂r, ∂α, ∂a, Σ w·s/(b+x−1)}.
     */
    private double[] tripleSums(double r, double a, double[] lnRatio, double[] invB, double[] lnT, double[] invT,
                                double[] lnTx, double[] invTx) {
        return ChunkedSum.sum(groups, 5, (from, to, acc) -> {
            double ll = 0;
            double dr = 0;
            double dAlpha = 0;
            double ws = 0;
            double db = 0;
            for (int g = from; g < to; g++) {
                int k = gX[g];
                int j = gT[g];
                int i = gTx[g];
                double rx = r + xs[k];
                double d = lnT[j] - lnTx[i];
                double lz = lnRatio[k] + rx * d;
                double term;
                double s;
                if (lz > 35) {
                    double e = Math.exp(-lz);
                    term = lz + e;
                    s = 1 - e;
                } else {
                    double e = Math.exp(lz);
                    term = Math.log(1 + e);
                    s = e / (1 + e);
                }
                double w = gW[g] * s;
                ll += gW[g] * term;
                dr += w * d;
                dAlpha += w * rx * (invT[j] - invTx[i]);
                ws += w;
                db += w * invB[k];
            }
            acc[0] += ll;
            acc[1] += dr;
            acc[2] += dAlpha;
            acc[3] += ws / a;
            acc[4] += db;
        });
    }
}
