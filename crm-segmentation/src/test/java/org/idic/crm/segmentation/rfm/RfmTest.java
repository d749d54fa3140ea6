package org.idic.crm.segmentation.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.idic.crm.segmentation.math.IndexSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RfmTest {

    private static int[] quantile(int k, double... values) {
        int n = values.length;
        int[] idx = new int[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            keys[i] = IndexSort.ascending(values[i]);
        }
        byte[] out = new byte[n];
        RfmScoring.quantile(idx, n, keys, k, out);
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = out[i];
        }
        return scores;
    }

    @Test
    void quantileScoreCountsStrictlySmallerValues() {
        // less = 0, 0, 2, 3, 4 of n = 5 -> 1 + floor(5·less/5)
        assertThat(quantile(5, 1, 1, 2, 3, 5)).containsExactly(1, 1, 3, 4, 5);
        // n = 3: 1 + floor(5·0/3), 1 + floor(5/3), 1 + floor(10/3)
        assertThat(quantile(5, 10, 20, 30)).containsExactly(1, 2, 4);
        // k = 3, n = 4, less = 0, 1, 2, 3 -> 1 + floor(3·less/4)
        assertThat(quantile(3, 4, 3, 2, 1)).containsExactly(3, 2, 1, 1);
    }

    @Test
    void equalValuesShareAScoreAndASingleCustomerScoresOne() {
        assertThat(quantile(5, 7, 7, 7)).containsExactly(1, 1, 1);
        assertThat(quantile(5, 42)).containsExactly(1);
        assertThat(quantile(5, 0, -3, 0)).containsExactly(2, 1, 2); // 1 + floor(5·1/3)
    }

    @Test
    void recencyIsScoredOnMinusDays() {
        // days 5, 10, 10, 40: less(−d) = customers with more days = 3, 1, 1, 0
        assertThat(quantile(5, -5, -10, -10, -40)).containsExactly(4, 2, 2, 1);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "2, 2", "4, 3", "5, 4", "8, 5", "100, 5"})
    void fixedBinsCountCutPointsAtOrBelowTheValue(int frequency, int score) {
        assertThat(RfmScoring.higherIsBetter(frequency, List.of(2.0, 3.0, 5.0, 8.0))).isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource({"0, 5", "30, 5", "31, 4", "60, 4", "61, 3", "240, 2", "241, 1", "1000, 1"})
    void fixedRecencyBinsGiveFewerDaysTheHigherScore(int days, int score) {
        assertThat(RfmScoring.fewerDaysIsBetter(days, List.of(30.0, 60.0, 120.0, 240.0))).isEqualTo(score);
    }

    @ParameterizedTest(name = "R{0} F{1} -> {2}")
    @CsvSource({
            "5,1,NEW_CUSTOMERS", "5,2,POTENTIAL_LOYALISTS", "5,3,POTENTIAL_LOYALISTS", "5,4,CHAMPIONS", "5,5,CHAMPIONS",
            "4,1,PROMISING", "4,2,POTENTIAL_LOYALISTS", "4,3,POTENTIAL_LOYALISTS", "4,4,LOYAL", "4,5,LOYAL",
            "3,1,ABOUT_TO_SLEEP", "3,2,ABOUT_TO_SLEEP", "3,3,NEED_ATTENTION", "3,4,LOYAL", "3,5,LOYAL",
            "2,1,HIBERNATING", "2,2,HIBERNATING", "2,3,AT_RISK", "2,4,AT_RISK", "2,5,CANT_LOSE_THEM",
            "1,1,HIBERNATING", "1,2,HIBERNATING", "1,3,AT_RISK", "1,4,AT_RISK", "1,5,CANT_LOSE_THEM"})
    void theTwentyFiveCellsMapToTheSpecGrid(int r, int f, RfmSegment segment) {
        assertThat(RfmSegment.of(r, f)).isEqualTo(segment);
        assertThat(RfmSegment.of(r, f, 5)).isEqualTo(segment);
    }

    @ParameterizedTest
    @CsvSource({"3,1,1", "3,2,3", "3,3,5", "4,1,1", "4,2,2", "4,3,4", "4,4,5", "5,3,3",
            "10,1,1", "10,2,1", "10,3,2", "10,4,2", "10,5,3", "10,6,3", "10,7,4", "10,8,4", "10,9,5", "10,10,5"})
    void otherScalesMapOntoTheFiveLevelGrid(int k, int score, int onFive) {
        assertThat(RfmSegment.toFive(score, k)).isEqualTo(onFive);
    }
}
