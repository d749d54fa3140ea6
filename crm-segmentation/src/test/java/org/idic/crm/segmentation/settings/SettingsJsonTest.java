package org.idic.crm.segmentation.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class SettingsJsonTest {

    @Test
    void roundTripsEveryComponent() {
        SegmentationSettings s = SegmentationSettings.builder().windowDays(200).abcValueBasis(AbcValueBasis.NET_PROFIT)
                .rfmMode(RfmMode.FIXED_BINS).timeUnit(TimeUnit.DAYS).mgcMode(ThresholdMode.AMOUNT).build();
        String json = SettingsJson.write(s);
        assertThat(json).contains("\"windowDays\" : 200", "\"channelCosts\"", "\"VISIT\" : 120.0", "\"pyramidShares\"");
        assertThat(SettingsJson.read(json)).isEqualTo(s);
    }

    @Test
    void writesComponentsInDeclarationOrder() {
        String json = SettingsJson.write(SegmentationSettings.defaults());
        assertThat(json.indexOf("windowDays")).isLessThan(json.indexOf("abcValueBasis"));
        assertThat(json.indexOf("loyalMinPurchaseDays")).isLessThan(json.indexOf("loyalMaxRecencyDays"));
    }

    @Test
    void leftOutPropertiesAndChannelsKeepTheirDefaults() {
        SegmentationSettings s = SettingsJson.read("{\"windowDays\": 90, \"channelCosts\": {\"VISIT\": 200}}");
        assertThat(s.windowDays()).isEqualTo(90);
        assertThat(s.channelCost(Channel.VISIT)).isEqualTo(200);
        assertThat(s.channelCost(Channel.PHONE)).isEqualTo(15);
        assertThat(s.toBuilder().windowDays(365).channelCosts(SegmentationSettings.defaults().channelCosts()).build())
                .isEqualTo(SegmentationSettings.defaults());
    }

    @Test
    void reportsEveryUnknownNullAndMalformedPropertyByName() {
        String json = """
                {"windowDays": "365", "rfmK": 5.5, "rfmMode": "SOMETIMES", "colour": "red", "abcShareA": null,
                 "pyramidShares": [0.01, "x"], "channelCosts": {"FAX": 1}, "horizonMonths": 24}""";
        assertThatThrownBy(() -> SettingsJson.read(json)).isInstanceOfSatisfying(InvalidSettingsException.class,
                e -> assertThat(e.problems()).extracting(SettingsProblem::field, SettingsProblem::code)
                        .containsExactlyInAnyOrder(
                                tuple("windowDays", "field.malformed"),
                                tuple("rfmK", "field.malformed"),
                                tuple("rfmMode", "field.malformed"),
                                tuple("colour", "field.unknown"),
                                tuple("abcShareA", "field.null"),
                                tuple("pyramidShares", "field.malformed"),
                                tuple("channelCosts", "field.malformed")));
    }

    @Test
    void rejectsTextThatIsNotOneJsonObject() {
        assertThatThrownBy(() -> SettingsJson.read("{\"windowDays\": ")).isInstanceOfSatisfying(
                InvalidSettingsException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("json.malformed"));
        assertThatThrownBy(() -> SettingsJson.read("[1, 2]")).isInstanceOfSatisfying(
                InvalidSettingsException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("json.notObject"));
    }

    @Test
    void findsTheLineOfEachTopLevelProperty() {
        String json = "{\n  \"windowDays\": 1,\n  \"channelCosts\": {\n    \"VISIT\": 3\n  },\n  \"rfmK\": 2\n}";
        assertThat(SettingsJson.propertyLines(json)).containsEntry("windowDays", 2).containsEntry("channelCosts", 3)
                .containsEntry("rfmK", 6).doesNotContainKey("VISIT");
    }
}
