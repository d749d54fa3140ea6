package org.idic.crm.segmentation.math;

import org.hipparchus.special.Gamma;

/**
 * Gamma-function helpers over the whole real line. Hipparchus gives {@code ln Γ} and ψ for positive
 * arguments only; the hypergeometric connection formulas need Γ at negative non-integers too, so the
 * reflection formula is applied here.
 */
public final class SpecialFunctions {

    private SpecialFunctions() {
    }

    /** {@code ln |Γ(x)|}; +∞ at the poles 0, −1, −2, … */
    public static double lnAbsGamma(double x) {
        if (x > 0) {
            return Gamma.logGamma(x);
        }
        if (x == Math.rint(x)) {
            return Double.POSITIVE_INFINITY;
        }
        // Γ(x)Γ(1−x) = π / sin(πx)
        return Math.log(Math.PI) - Math.log(Math.abs(sinPi(x))) - Gamma.logGamma(1 - x);
    }

    /** The sign of Γ(x): +1 for x &gt; 0, alternating between the poles below 0; 0 at a pole. */
    public static int signGamma(double x) {
        if (x > 0) {
            return 1;
        }
        if (x == Math.rint(x)) {
            return 0;
        }
        return (((long) Math.floor(x)) & 1L) == 0 ? 1 : -1;
    }

    /** ψ(x) for x &gt; 0. */
    public static double digamma(double x) {
        return Gamma.digamma(x);
    }

    /**
     * sin(πx) with the argument reduced first, so that it stays accurate next to the integers, where
     * the reflection formula needs it most.
     */
    static double sinPi(double x) {
        double n = Math.rint(x);
        double s = Math.sin(Math.PI * (x - n));
        return (((long) n) & 1L) == 0 ? s : -s;
    }
}
