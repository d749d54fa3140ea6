package org.idic.crm.segmentation.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.idic.crm.segmentation.testing.RandomCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Hypergeometric2F1Test {

    @ParameterizedTest
    @ValueSource(doubles = {-50, -2, -0.5, 1e-9, 0.1, 0.5, 0.6, 0.9, 0.99, 0.999, 0.999999})
    void matchesLogClosedFormWhereCMinusAMinusBIsZero(double z) {
        // 2F1(1,1;2;z) = -ln(1-z)/z: c-a-b = 0, the degenerate case of the z -> 1-z formula
        double expected = -Math.log1p(-z) / z;
        assertThat(Hypergeometric2F1.value(1, 1, 2, z)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 0.3", "0.5, 0.99", "1.0, 0.999", "2.0, 0.9", "0.243, 0.999", "3.7, -4.0", "1.0, 0.75"})
    void matchesPowerClosedFormWhenBEqualsC(double a, double z) {
        double expected = Math.pow(1 - z, -a);
        assertThat(Hypergeometric2F1.value(a, 1.7, 1.7, z)).isCloseTo(expected, within(1e-12 * expected));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.7, 0.95, 0.999})
    void matchesArcsineClosedForm(double x) {
        // 2F1(1/2,1/2;3/2;x^2) = arcsin(x)/x
        double expected = Math.asin(x) / x;
        assertThat(Hypergeometric2F1.value(0.5, 0.5, 1.5, x * x)).isCloseTo(expected, within(1e-12 * expected));
    }

    /** Reference values from mpmath.hyp2f1 at 40 digits. */
    @ParameterizedTest
    @CsvSource({
            "1, 1, 2, 0.999, 6.9146699489310672373",
            "0.5, 1.5, 1.5, 0.9, 3.1622776601683796831",
            "0.243, 2.426, 2.219, 0.3, 1.1005185330854730311",
            "0.243, 2.426, 2.219, 0.95, 2.4461866770309916718",
            "2.243, 4.426, 4.219, 0.999, 19296250.906926642512",
            "1.976, -0.207, 2.219, 0.999, 0.49566263959863667667",
            "1.976, -0.207, 7.219, 0.99, 0.93267382125991159826",
            "1.5, 2.5, 4.0, 0.97, 9.7847348610851569399",
            "1.5, 2.5, 4.0000001, 0.97, 9.7847337131338152042",
            "1.5, 2.5, 3.0005, 0.995, 333.21768460036503871",
            "0.3, 0.7, 1.0, 0.8, 1.3622727890143643481",
            "2.0, 3.0, 5.0, -0.5, 0.60279697292975464089",
            "2.0, 3.0, 5.0, -20.0, 0.0096814151383419608363",
            "0.7, -0.2, 2.2, -3.0, 1.1293273512757949618",
            "10.24, -0.207, 12.219, -7.5, 1.5069787483758957149",
            "50.5, 60.25, 100.5, 0.7, 95872527934289.59715",
            "-3, 2.5, 1.5, 0.9, -0.016999999999999993117",
            "0.2, 0.3, 0.4, 0.9999, 3.3168690360687915607"})
    void matchesHighPrecisionReference(double a, double b, double c, double z, double expected) {
        assertThat(Hypergeometric2F1.value(a, b, c, z)).isCloseTo(expected, within(1e-11 * Math.abs(expected)));
    }

    /** c − a − b = 2 exactly, and 0.004 from it (inside the interpolated band); mpmath references. */
    @ParameterizedTest
    @CsvSource({
            "3.0, 0.5, 1.2121548637820106991", "3.0, 0.9, 1.6052055847924144659",
            "3.0, 0.99, 1.8538172747144202993", "3.0, 0.999999, 1.9206516857223637858",
            "3.004, 0.5, 1.2117967931010561053", "3.004, 0.9, 1.6036652298818260432",
            "3.004, 0.99, 1.8508738233140200784", "3.004, 0.999999, 1.9170217017626565274"})
    void isAccurateAtAndNearIntegerCMinusAMinusB(double c, double z, double expected) {
        assertThat(Hypergeometric2F1.value(1.25, 0.75, c, z)).isCloseTo(expected, within(1e-12 * expected));
    }

    @ParameterizedTest
    @CsvSource({"1.5, 2.5, 5.0", "0.3, 0.2, 2.0"})
    void usesGaussTheoremAtOne(double a, double b, double c) {
        double expected = Math.exp(SpecialFunctions.lnAbsGamma(c) + SpecialFunctions.lnAbsGamma(c - a - b)
                - SpecialFunctions.lnAbsGamma(c - a) - SpecialFunctions.lnAbsGamma(c - b));
        assertThat(Hypergeometric2F1.value(a, b, c, 1)).isCloseTo(expected, within(1e-12 * expected));
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 2, 1.5", "1, 1, 2, 1", "1, 1, -2, 0.5"})
    void rejectsArgumentsWhereItIsUndefined(double a, double b, double c, double z) {
        assertThatThrownBy(() -> Hypergeometric2F1.value(a, b, c, z)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Brute force: the plain series summed far past convergence is an independent reference for z ≤ 0.9. */
    @Test
    void agreesWithBruteForceSeries() {
        RandomCases.check(300, draw -> agreesWithBruteForceSeries(draw.doubleBetween(0.05, 6),
                draw.doubleBetween(-0.95, 6), draw.doubleBetween(0.1, 30), draw.doubleBetween(-5, 0.9)));
    }

    private static void agreesWithBruteForceSeries(double a, double b, double c, double z) {
        double zz = z < 0 ? z / (z - 1) : z; // brute force only where the raw series converges well
        double expected = bruteForce(a, b, c, zz);
        assertThat(Hypergeometric2F1.value(a, b, c, zz)).isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
    }

    private static double bruteForce(double a, double b, double c, double z) {
        double sum = 1;
        double term = 1;
        for (int n = 0; n < 20_000; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
        }
        return sum;
    }
}
