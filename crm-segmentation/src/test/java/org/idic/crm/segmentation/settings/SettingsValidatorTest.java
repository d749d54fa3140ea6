package org.idic.crm.segmentation.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsValidatorTest {

    @Test
    void defaultsAreValidAndMatchTheSpec() {
        SegmentationSettings d = SegmentationSettings.defaults();
        assertThat(SettingsValidator.validate(d)).isEmpty();
        assertThat(d.windowDays()).isEqualTo(365);
        assertThat(d.abcShareA()).isEqualTo(0.80);
        assertThat(d.abcShareB()).isEqualTo(0.95);
        assertThat(d.pyramidShares()).containsExactly(0.01, 0.05, 0.20, 1.00);
        assertThat(d.rfmK()).isEqualTo(5);
        assertThat(d.minCustomersForModel()).isEqualTo(200);
        assertThat(d.horizonMonths()).isEqualTo(12);
        assertThat(d.annualDiscountRate()).isEqualTo(0.10);
        assertThat(d.retentionRate()).isEqualTo(0.8);
        assertThat(d.mvcShare()).isEqualTo(0.20);
        assertThat(d.mgcShare()).isEqualTo(0.20);
        assertThat(d.churnDays()).isEqualTo(365);
        assertThat(d.recentDays()).isEqualTo(180);
        assertThat(d.declineRatio()).isEqualTo(0.70);
        assertThat(d.growthRatio()).isEqualTo(1.30);
        assertThat(d.pAliveTerminated()).isEqualTo(0.10);
        assertThat(d.pAliveDecline()).isEqualTo(0.50);
        assertThat(d.newCustomerDays()).isEqualTo(365);
        assertThat(d.loyalMinPurchaseDays()).isEqualTo(4);
        assertThat(d.loyalMaxRecencyDays()).isEqualTo(90);
        assertThat(d.channelCosts()).containsOnlyKeys(Channel.values());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Map<Channel, Double> costs = new EnumMap<>(SegmentationSettings.defaults().channelCosts());
        costs.put(Channel.VISIT, -1.0);
        costs.remove(Channel.EVENT);
        SegmentationSettings bad = SegmentationSettings.builder()
                .windowDays(0).abcShareA(0.95).abcShareB(0.80).pyramidShares(List.of(0.05, 0.01, 0.5))
                .rfmK(11).defaultMarginRate(-0.1).channelCosts(costs).complaintCost(-5).horizonMonths(0)
                .annualDiscountRate(1.0).retentionRate(1.2).mvcShare(0).declineRatio(1.1).growthRatio(0.9)
                .pAliveTerminated(0.6).pAliveDecline(0.5).build();
        assertThat(SettingsValidator.validate(bad)).extracting(SettingsProblem::field, SettingsProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("windowDays", "days.tooSmall"),
                        tuple("abcShareB", "shares.notAscending"),
                        tuple("pyramidShares", "shares.count"),
                        tuple("pyramidShares", "shares.notAscending"),
                        tuple("pyramidShares", "shares.lastNotOne"),
                        tuple("rfmK", "rfmK.outOfRange"),
                        tuple("defaultMarginRate", "rate.outOfRange"),
                        tuple("channelCosts.VISIT", "cost.negative"),
                        tuple("channelCosts.EVENT", "channelCosts.missing"),
                        tuple("complaintCost", "cost.negative"),
                        tuple("horizonMonths", "horizon.outOfRange"),
                        tuple("annualDiscountRate", "rate.outOfRange"),
                        tuple("retentionRate", "rate.outOfRange"),
                        tuple("mvcShare", "share.outOfRange"),
                        tuple("declineRatio", "ratios.inconsistent"),
                        tuple("growthRatio", "ratios.inconsistent"),
                        tuple("pAliveDecline", "probabilities.inconsistent"));
    }

    static Stream<Arguments> singleProblems() {
        return Stream.of(
                problem(b -> b.abcShareA(0), "abcShareA", "share.outOfRange"),
                problem(b -> b.abcShareB(1.01), "abcShareB", "share.outOfRange"),
                problem(b -> b.abcShareA(Double.NaN), "abcShareA", "value.notFinite"),
                problem(b -> b.pyramidShares(List.of(0.01, 0.05, 0.2, 0.9)), "pyramidShares", "shares.lastNotOne"),
                problem(b -> b.pyramidShares(List.of(0.0, 0.05, 0.2, 1.0)), "pyramidShares", "share.outOfRange"),
                problem(b -> b.pyramidShares(List.of(0.01, 0.2, 0.2, 1.0)), "pyramidShares", "shares.notAscending"),
                problem(b -> b.rfmK(2), "rfmK", "rfmK.outOfRange"),
                problem(b -> b.rfmMode(RfmMode.FIXED_BINS).recencyCuts(List.of(30.0, 60.0, 90.0)), "recencyCuts", "cuts.count"),
                problem(b -> b.rfmMode(RfmMode.FIXED_BINS).frequencyCuts(List.of(2.0, 2.0, 5.0, 8.0)), "frequencyCuts",
                        "cuts.notAscending"),
                problem(b -> b.rfmMode(RfmMode.FIXED_BINS).recencyCuts(List.of(-1.0, 60.0, 120.0, 240.0)), "recencyCuts",
                        "cuts.negative"),
                problem(b -> b.horizonMonths(121), "horizonMonths", "horizon.outOfRange"),
                problem(b -> b.annualDiscountRate(-0.01), "annualDiscountRate", "rate.outOfRange"),
                problem(b -> b.mvcAmount(0), "mvcAmount", "amount.notPositive"),
                problem(b -> b.mgcShare(1.5), "mgcShare", "share.outOfRange"),
                problem(b -> b.minCustomersForModel(0), "minCustomersForModel", "count.tooSmall"),
                problem(b -> b.recentDays(0), "recentDays", "days.tooSmall"),
                problem(b -> b.loyalMaxRecencyDays(-1), "loyalMaxRecencyDays", "days.negative"),
                problem(b -> b.declineRatio(0), "declineRatio", "ratios.inconsistent"),
                problem(b -> b.growthRatio(1.0), "growthRatio", "ratios.inconsistent"),
                problem(b -> b.pAliveDecline(1.5), "pAliveDecline", "probability.outOfRange"));
    }

    private static Arguments problem(UnaryOperator<SegmentationSettingsBuilder> change, String field, String code) {
        return Arguments.of(change.apply(SegmentationSettings.builder()).build(), field, code);
    }

    @ParameterizedTest
    @MethodSource("singleProblems")
    void reportsEachRuleWithItsFieldAndCode(SegmentationSettings settings, String field, String code) {
        assertThat(SettingsValidator.validate(settings)).extracting(SettingsProblem::field, SettingsProblem::code)
                .containsExactly(tuple(field, code));
    }

    @Test
    void ignoresCutPointsInQuantileMode() {
        assertThat(SettingsValidator.validate(SegmentationSettings.builder().recencyCuts(List.of()).build())).isEmpty();
    }

    @Test
    void requireValidThrowsWithAllProblems() {
        SegmentationSettings bad = SegmentationSettings.builder().rfmK(1).horizonMonths(0).build();
        assertThatThrownBy(() -> SettingsValidator.requireValid(bad)).isInstanceOf(InvalidSettingsException.class)
                .satisfies(e -> assertThat(((InvalidSettingsException) e).problems()).hasSize(2));
    }

    @Test
    void builderRoundTripsThroughToBuilder() {
        SegmentationSettings s = SegmentationSettings.builder().windowDays(180).mvcMode(ThresholdMode.AMOUNT).build();
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.windowDays()).isEqualTo(180);
    }
}
