package org.idic.crm.segmentation.clv;

import java.util.SplittableRandom;

/**
 * Draws customers from known BG/NBD and Gamma-Gamma parameters, written from the models' generative
 * stories (not from the likelihood code under test): λ ~ Gamma(r, α), p ~ Beta(a, b); purchases
 * arrive as a Poisson process of rate λ; after each repeat purchase the customer drops out with
 * probability p. Spend: ν ~ Gamma(q, v), each purchase amount ~ Gamma(p, ν).
 */
final class ModelSimulator {

    private final SplittableRandom random;

    ModelSimulator(long seed) {
        random = new SplittableRandom(seed);
    }

    /** Arrays x, t_x, T for n customers whose T is uniform on [minT, maxT]. */
    double[][] bgNbd(int n, double r, double alpha, double a, double b, double minT, double maxT) {
        double[] x = new double[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            double bigT = minT + (maxT - minT) * random.nextDouble();
            double lambda = gamma(r) / alpha;
            double ga = gamma(a);
            double p = ga / (ga + gamma(b));
            double now = 0;
            int count = 0;
            double last = 0;
            while (true) {
                now += -Math.log(1 - random.nextDouble()) / lambda;
                if (now > bigT) {
                    break;
                }
                count++;
                last = now;
                if (random.nextDouble() < p) {
                    break;
                }
            }
            x[i] = count;
            tx[i] = last;
            t[i] = bigT;
        }
        return new double[][] {x, tx, t};
    }

    /** Mean repeat-purchase amounts m_x for customers with the given x (0 where x = 0). */
    double[] gammaGamma(double[] x, double p, double q, double v) {
        double[] m = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double nu = gamma(q) / v;
            double sum = 0;
            for (int j = 0; j < x[i]; j++) {
                sum += gamma(p) / nu;
            }
            m[i] = x[i] > 0 ? sum / x[i] : 0;
        }
        return m;
    }

    /** Gamma(shape, 1) by Marsaglia &amp; Tsang, with the usual boost for shape &lt; 1. */
    double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private double normal() {
        double u = random.nextDouble();
        double w = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * w);
    }
}
