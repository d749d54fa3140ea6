package org.idic.crm.segmentation.abc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbcAnalysisTest {

    private static final List<Double> PYRAMID = List.of(0.01, 0.05, 0.20, 1.00);

    /** Classes of customers 0..n−1 (index order = ascending id) with the given values. */
    private static String classes(double... values) {
        Ranked r = rank(values);
        StringBuilder b = new StringBuilder();
        for (byte c : r.abc) {
            b.append(AbcClass.values()[c]);
        }
        return b.toString();
    }

    private record Ranked(byte[] abc, byte[] pyramid, int[] rank, double[] before, double total) {
    }

    private static Ranked rank(double... values) {
        int n = values.length;
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        byte[] abc = new byte[n];
        byte[] pyramid = new byte[n];
        int[] rank = new int[n];
        double[] before = new double[n];
        double total = AbcAnalysis.classify(ids, n, values, 0.80, 0.95, PYRAMID, abc, pyramid, rank, before);
        return new Ranked(abc, pyramid, rank, before, total);
    }

    @Test
    void classifiesByValueAheadOfTheCustomer() {
        // S = 100: P = 0, 50, 80, 90 -> A, A, B (80 is not < 80), B
        assertThat(classes(50, 30, 10, 10)).isEqualTo("AABB");
    }

    @Test
    void theCustomerWhoCrossesTheEightyPercentLineIsStillA() {
        // P = 0, 70, 90: the second customer takes the cumulative share from 70% to 90% and stays A
        assertThat(classes(70, 20, 10)).isEqualTo("AAB");
        // P = 0, 80, 95, 99: 80 is not below 80% and 95 not below 95%
        assertThat(classes(80, 15, 4, 1)).isEqualTo("ABCC");
    }

    @Test
    void tiesAreRankedByCustomerIdAscending() {
        // equal values: the lower id (lower index here) is ranked first and takes the better class
        Ranked r = rank(10, 80, 10);
        assertThat(r.rank()).containsExactly(1, 0, 2);
        assertThat(r.before()).containsExactly(80, 0, 90);
        assertThat(classes(10, 80, 10)).isEqualTo("BAB");
        assertThat(classes(5, 90, 5)).isEqualTo("BAC");
    }

    @Test
    void zeroAndNegativeValuesAreC() {
        assertThat(classes(100, 0, -20)).isEqualTo("ACC");
        assertThat(rank(100, 0, -20).total()).isEqualTo(100);
    }

    @Test
    void everyoneIsCWhenNobodyHasPositiveValue() {
        assertThat(classes(0, 0, 0)).isEqualTo("CCC");
        assertThat(classes(-1, -5)).isEqualTo("CC");
    }

    @Test
    void aSingleCustomerWithValueIsA() {
        assertThat(classes(5)).isEqualTo("A");
        assertThat(classes(0)).isEqualTo("C");
        assertThat(rank(5).pyramid()).containsExactly((byte) PyramidLevel.PLATINUM.ordinal());
    }

    @Test
    void noCustomersIsFine() {
        assertThat(rank().total()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "100, 0, PLATINUM", "100, 1, GOLD", "100, 4, GOLD", "100, 5, IRON", "100, 19, IRON", "100, 20, LEAD",
            "100, 99, LEAD",
            // n = 10: ceil(0.1) = 1, ceil(0.5) = 1, ceil(2) = 2 -> no gold level at all
            "10, 0, PLATINUM", "10, 1, IRON", "10, 2, LEAD",
            // n = 150: ceil(1.5) = 2, ceil(7.5) = 8, ceil(30) = 30
            "150, 1, PLATINUM", "150, 2, GOLD", "150, 7, GOLD", "150, 8, IRON", "150, 29, IRON", "150, 30, LEAD"})
    void pyramidTakesTheFirstLevelWhoseCeilingExceedsTheRank(int n, int rank, PyramidLevel expected) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = n - i; // customer i has rank i
        }
        assertThat(PyramidLevel.values()[rank(values).pyramid()[rank]]).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.07, 100, 7", "0.2, 1000000, 200000", "0.01, 150, 2", "0.2, 0, 0", "1.0, 3, 3", "0.05, 60, 3"})
    void countSharesAreExactDecimalCeilings(double share, int n, int expected) {
        assertThat(CountShares.ceil(share, n)).isEqualTo(expected);
    }
}
