package org.idic.crm.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;

/** The form has a field for every setting, and reads what was typed strictly. */
class SettingFieldsTest {

    @Test
    void everySettingAndTheScheduleIsAFieldOfExactlyOneGroup() {
        List<String> onForm = SettingFields.GROUPS.stream().flatMap(g -> g.fields().stream())
                .map(SettingField::name).toList();

        assertThat(onForm).containsExactlyInAnyOrderElementsOf(
                SettingsVersions.values(SegmentationSettings.defaults(), null).keySet());
    }

    @Test
    void theDefaultsReadBackAsTheDefaults() {
        SettingsForm form = new SettingsForm();
        form.setValues(new HashMap<>(SettingFields.text(SegmentationSettings.defaults(), null)));
        var errors = new BeanPropertyBindingResult(form, "settingsForm");

        SettingsReader.Typed typed = SettingsReader.read(form.getValues(), errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(typed.settings()).isEqualTo(SegmentationSettings.defaults());
        assertThat(SettingFields.text(SegmentationSettings.defaults(), null))
                .containsEntry("pyramidShares", "0.01, 0.05, 0.2, 1").containsEntry("mvcAmount", "10000")
                .containsEntry("defaultMarginRate", "0.3").containsEntry("channelCosts.VISIT", "120")
                .containsEntry("scheduleCron", "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "windowDays    | 365        | true",
        "windowDays    | ' 30 '     | true",
        "windowDays    | 36.5       | false",
        "windowDays    | 1e3        | false",
        "windowDays    | ''         | false",
        "mvcShare      | 0.25       | true",
        "mvcShare      | .5         | true",
        "mvcShare      | -0.1       | true",
        "mvcShare      | 1e-1       | false",
        "mvcShare      | NaN        | false",
        "mvcShare      | 0,25       | false",
        "mvcAmount     | 10,000     | false",
        "mvcAmount     | 0x10       | false",
        "pyramidShares | '0.01,0.05, 0.2 ,1' | true",
        "pyramidShares | 0.01，0.05，0.2，1    | true",
        "pyramidShares | '0.01,,0.2,1'        | false",
        "pyramidShares | '0.01,0.05,0.2,1,'   | false",
        "pyramidShares | '0.01;0.05'          | false",
        "recencyCuts   | ''         | true",
        "rfmMode       | FIXED_BINS | true",
        "rfmMode       | fixed_bins | false",
        "channelCosts.VISIT | 80.5  | true",
        "channelCosts.VISIT | ''    | false"})
    void valuesAreReadStrictly(String field, String typed, boolean readable) {
        Map<String, String> values = new HashMap<>(SettingFields.text(SegmentationSettings.defaults(), null));
        values.put(field, typed);
        var errors = new BeanPropertyBindingResult(new SettingsForm(), "settingsForm");

        SettingsReader.Typed result = SettingsReader.read(values, errors);

        assertThat(errors.hasFieldErrors("values[" + field + "]")).as(typed).isEqualTo(!readable);
        assertThat(result.unreadable().contains(field)).isEqualTo(!readable);
    }
}
