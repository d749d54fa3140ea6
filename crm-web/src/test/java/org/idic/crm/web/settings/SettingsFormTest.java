package org.idic.crm.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.idic.crm.web.security.TestUsers.as;
import static org.idic.crm.web.settings.SettingsRequests.field;
import static org.idic.crm.web.settings.SettingsRequests.settingsPost;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class SettingsFormTest {

    static final Map<String, String> WRONG = Map.of("pyramidShares", "0.05, 0.01, 0.2, 1", "rfmK", "11",
            "rfmMode", "FIXED_BINS", "defaultMarginRate", "-0.1", "horizonMonths", "0", "scheduleCron", "every night",
            "windowDays", "a year", "abcShareB", "0.5", "monetaryCuts", "100,,500");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    TierFixture fixture;
    @Autowired
    SettingsVersions versions;

    int loaded;

    @BeforeEach
    void settings() {
        scenario.reset();
        fixture.clearSegmentation();
        loaded = versions.current().version();
    }

    @Test
    void theFormShowsEveryFieldWithItsHelpAndDefault() throws Exception {
        String html = mvc.perform(get("/admin/segmentation").with(as(accounts, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (String name : SettingFields.BY_NAME.keySet()) {
            assertThat(html).contains("name=\"values[" + name + "]\"");
        }
        assertThat(html).contains("Analysis window (days)", "The last this many days up to the scoring date",
                "Default: 365", "Default: 0.01, 0.05, 0.2, 1", "Default: Quantiles", "Cost of a visit", "Default: 120",
                "Default: none", "name=\"version\" value=\"" + loaded + "\"");
    }

    @Test
    void everyProblemIsShownBesideItsFieldAtOnceTheTypedValuesStayAndNothingIsSaved() throws Exception {
        String html = mvc.perform(settingsPost("/admin/segmentation", accounts, "admin", loaded,
                        SegmentationSettings.defaults(), WRONG))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the marked fields")))
                .andReturn().getResponse().getContentAsString();

        assertThat(field(html, "pyramidShares")).contains("value=\"0.05, 0.01, 0.2, 1\"", "is-invalid",
                "Each share must be greater than the one before.");
        assertThat(field(html, "rfmK")).contains("value=\"11\"", "Must be between 3 and 10.");
        assertThat(field(html, "defaultMarginRate")).contains("value=\"-0.1\"", "Must be from 0 to 1.");
        assertThat(field(html, "horizonMonths")).contains("value=\"0\"", "Must be between 1 and 120 months.");
        assertThat(field(html, "scheduleCron")).contains("value=\"every night\"", "Not a cron expression");
        assertThat(field(html, "windowDays")).contains("value=\"a year\"", "Please enter a whole number");
        assertThat(field(html, "abcShareB")).contains("value=\"0.5\"", "Must be greater than the class A share.");
        assertThat(field(html, "monetaryCuts")).contains("value=\"100,,500\"", "Please enter numbers separated");
        assertThat(field(html, "mvcShare")).doesNotContain("is-invalid");
        assertThat(versions.history()).hasSize(1);
    }

    @Test
    void fixedCutPointsAreCountedAgainstK() throws Exception {
        String html = mvc.perform(settingsPost("/admin/segmentation", accounts, "admin", loaded,
                        SegmentationSettings.defaults(), Map.of("rfmMode", "FIXED_BINS", "rfmK", "4",
                                "frequencyCuts", "1, 2, 4", "monetaryCuts", "500, 100")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(field(html, "recencyCuts")).contains("value=\"30, 60, 120, 240\"", "Needs k − 1 = 3 cut points.");
        assertThat(field(html, "frequencyCuts")).doesNotContain("is-invalid");
        assertThat(field(html, "monetaryCuts")).contains("Needs k − 1 = 3 cut points.",
                "Cut points must be strictly ascending.");
        assertThat(versions.history()).hasSize(1);
    }

    @Test
    void problemsSpeakChinese() throws Exception {
        mvc.perform(settingsPost("/admin/segmentation", accounts, "admin", loaded, SegmentationSettings.defaults(),
                        WRONG).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("必须在 3 到 10 之间。")))
                .andExpect(content().string(containsString("请输入整数")))
                .andExpect(content().string(containsString("分析窗口（天）")));
    }

    @Test
    void aValidSaveCreatesANewVersionAndSendsTheBrowserBackToTheForm() throws Exception {
        mvc.perform(settingsPost("/admin/segmentation", accounts, "admin", loaded, SegmentationSettings.defaults(),
                        Map.of("mvcShare", "0.25", "channelCosts.VISIT", "99", "scheduleCron", " 0 0 2 * * * ")))
                .andExpect(redirectedUrl("/admin/segmentation"))
                .andExpect(flash().attribute("flash", "settings.saved"));

        var saved = versions.current();
        assertThat(saved.version()).isEqualTo(loaded + 1);
        assertThat(saved.createdBy()).isEqualTo("admin");
        assertThat(saved.settings().mvcShare()).isEqualTo(0.25);
        assertThat(saved.settings().channelCosts().get(org.idic.crm.segmentation.settings.Channel.VISIT)).isEqualTo(99);
        assertThat(saved.scheduleCron()).isEqualTo("0 0 2 * * *");
        assertThat(saved.changes()).contains("mvcShare", "channelCosts.VISIT", "scheduleCron");
        mvc.perform(get("/admin/segmentation").with(as(accounts, "admin")))
                .andExpect(content().string(containsString("name=\"values[mvcShare]\" value=\"0.25\"")));
    }

    @Test
    void savingAfterSomeoneElseSavedShowsTheConflictKeepsTheTypedValuesAndOverwritesNothing() throws Exception {
        versions.save(scenario.actor("admin"), loaded, TierFixture.BASELINE, null);

        String html = mvc.perform(settingsPost("/admin/segmentation", accounts, "admin", loaded,
                        SegmentationSettings.defaults(), Map.of("mvcShare", "0.3")))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Someone else saved this record", "Saved by admin", "MGC threshold",
                "name=\"version\" value=\"" + (loaded + 1) + "\"");
        assertThat(field(html, "mvcShare")).contains("value=\"0.3\"");
        assertThat(versions.current().version()).isEqualTo(loaded + 1);
        assertThat(versions.current().settings()).isEqualTo(TierFixture.BASELINE);
    }
}
