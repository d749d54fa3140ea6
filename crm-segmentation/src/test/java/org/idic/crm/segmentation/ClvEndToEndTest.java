package org.idic.crm.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.idic.crm.segmentation.clv.BgNbd;
import org.idic.crm.segmentation.clv.ClvModel;
import org.idic.crm.segmentation.clv.ClvPrediction;
import org.idic.crm.segmentation.clv.GammaGamma;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.facts.FactsSummarizer;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole model path on the CDNOW sample transaction log, scored as of the end of the calibration period. */
class ClvEndToEndTest {

    private static final LocalDate AS_OF = LocalDate.of(1997, 9, 30);
    private static CustomerFacts facts;
    private static SegmentationResult result;

    @BeforeAll
    static void score() throws IOException {
        FactsSummarizer summarizer = new FactsSummarizer(AS_OF, SegmentationSettings.defaults());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ClvEndToEndTest.class.getResourceAsStream("/cdnow_sample_transactions.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                summarizer.addOrder(Long.parseLong(f[0]), (int) LocalDate.parse(f[1]).toEpochDay(),
                        Double.parseDouble(f[2]), Double.NaN);
            }
        }
        facts = summarizer.summarize();
        result = SegmentationEngine.score(facts, SegmentationSettings.defaults(), AS_OF);
    }

    @Test
    void reproducesThePublishedCdnowEstimatesFromTheRawLog() {
        assertThat(result.clvModel()).isEqualTo(ClvModel.BG_NBD_GAMMA_GAMMA);
        var bg = result.modelReport().bgNbd();
        assertThat(bg.r()).isCloseTo(0.243, within(0.001));
        assertThat(bg.alpha()).isCloseTo(4.414, within(0.01));
        assertThat(bg.a()).isCloseTo(0.793, within(0.002));
        assertThat(bg.b()).isCloseTo(2.426, within(0.01));
        assertThat(bg.logLikelihood()).isCloseTo(-9582.4, within(0.1));
        var gg = result.modelReport().gammaGamma();
        assertThat(gg.p()).isCloseTo(6.25, within(0.01));
        assertThat(gg.q()).isCloseTo(3.74, within(0.01));
        assertThat(gg.v()).isCloseTo(15.45, within(0.02));
    }

    @Test
    void everyCustomersClvMatchesAMonthByMonthSumOfTheModelExpectations() {
        var bgFit = result.modelReport().bgNbd();
        var ggFit = result.modelReport().gammaGamma();
        BgNbd bg = bgFit.model();
        GammaGamma gg = ggFit.model();
        int asOf = (int) AS_OF.toEpochDay();
        for (int i = 0; i < facts.size(); i += 7) {
            double x = facts.purchaseDaysTotal(i) - 1;
            double tx = (facts.lastPurchaseDay(i) - facts.firstPurchaseDay(i)) / 7.0;
            double t = (asOf - facts.firstPurchaseDay(i)) / 7.0;
            double spend = gg.expectedAverageValue(x, x > 0 ? facts.repeatRevenue(i) / x : 0);
            double clv = 0;
            double previous = 0;
            for (int m = 1; m <= 12; m++) {
                // one month is 30.4375 days (365.25 / 12), in weeks
                double e = bg.conditionalExpectedPurchases(m * 30.4375 / 7, x, tx, t);
                clv += (e - previous) * spend * 0.3 / Math.pow(1.1, m / 12.0);
                previous = e;
            }
            assertThat(result.pAlive(i)).isCloseTo(bg.pAlive(x, tx, t), within(1e-12));
            assertThat(result.expectedPurchasesHorizon(i)).isCloseTo(previous, within(1e-9 * (1 + previous)));
            assertThat(result.expectedAvgValue(i)).isCloseTo(spend, within(1e-9 * spend));
            assertThat(result.predictedClv(i)).isCloseTo(clv, within(1e-9 * (1 + clv)));
        }
    }

    @Test
    void retentionFactorCountsAPartialLastYear() {
        SegmentationSettings s = SegmentationSettings.builder().horizonMonths(18).build();
        assertThat(ClvPrediction.retentionFactor(s)).isCloseTo(1 / 1.1 + 0.5 * 0.8 / (1.1 * 1.1), within(1e-12));
        assertThat(ClvPrediction.retentionFactor(SegmentationSettings.builder().horizonMonths(36).build()))
                .isCloseTo(1 / 1.1 + 0.8 / 1.21 + 0.64 / 1.331, within(1e-12));
    }

    @Test
    void fallsBackWhenTheModelIsNotAllowedEnoughCustomers() {
        SegmentationSettings s = SegmentationSettings.builder().minCustomersForModel(5000).build();
        SegmentationResult r = SegmentationEngine.score(facts, s, AS_OF);
        assertThat(r.clvModel()).isEqualTo(ClvModel.RETENTION_FALLBACK);
        assertThat(r.modelReport().bgNbd()).isNull();
    }

    @Test
    void scoringIsDeterministic() {
        SegmentationResult again = SegmentationEngine.score(facts, SegmentationSettings.defaults(), AS_OF);
        for (int i = 0; i < facts.size(); i++) {
            assertThat(again.predictedClv(i)).isEqualTo(result.predictedClv(i));
            assertThat(again.tier(i)).isEqualTo(result.tier(i));
            assertThat(again.rfmCode(i)).isEqualTo(result.rfmCode(i));
        }
    }
}
