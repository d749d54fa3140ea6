package org.idic.crm.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class SettingsHistoryTest {

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

    @BeforeEach
    void twoVersions() {
        scenario.reset();
        fixture.clearSegmentation();
        versions.save(scenario.actor("admin"), versions.current().version(),
                SegmentationSettings.defaults().toBuilder().mvcShare(0.25).pyramidShares(
                        java.util.List.of(0.02, 0.1, 0.3, 1.0)).build(), "0 0 2 * * *");
    }

    @Test
    void theHistoryListsEveryVersionWithWhoWhenAndWhatChanged() throws Exception {
        String html = mvc.perform(get("/admin/segmentation/versions").with(as(accounts, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String second = html.substring(html.indexOf("id=\"version-2\""), html.indexOf("id=\"version-1\""));
        assertThat(second).contains("admin", "in force", "MVC share", "0.2", "0.25",
                "Pyramid shares (platinum, gold, iron, lead)", "0.01, 0.05, 0.2, 1", "0.02, 0.1, 0.3, 1",
                "Schedule (cron expression)", "(none)", "0 0 2 * * *").doesNotContain("Restore");
        assertThat(html.substring(html.indexOf("id=\"version-1\""))).contains("system",
                "The defaults of the specification", "Restore", "name=\"expectedVersion\" value=\"2\"");
    }

    @Test
    void oneVersionIsShownReadOnly() throws Exception {
        String html = mvc.perform(get("/admin/segmentation/versions/2").with(as(accounts, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Settings version 2", "Quantiles", "0.02, 0.1, 0.3, 1", "0 0 2 * * *")
                .doesNotContain("name=\"values[");
        mvc.perform(get("/admin/segmentation/versions/99").with(as(accounts, "admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void restoringAnEarlierVersionSavesItAsANewVersion() throws Exception {
        mvc.perform(post("/admin/segmentation/versions/1/restore").with(as(accounts, "admin")).with(csrf())
                        .param("expectedVersion", "2"))
                .andExpect(redirectedUrl("/admin/segmentation/versions"))
                .andExpect(flash().attribute("flash", "settings.restored"));

        assertThat(versions.current().version()).isEqualTo(3);
        assertThat(versions.current().settings()).isEqualTo(SegmentationSettings.defaults());
        assertThat(versions.current().scheduleCron()).isNull();
        assertThat(versions.current().createdBy()).isEqualTo("admin");
    }

    @Test
    void aRestoreFromAPageShownBeforeSomeoneSavedRestoresNothing() throws Exception {
        versions.save(scenario.actor("admin"), 2, TierFixture.BASELINE, null);

        mvc.perform(post("/admin/segmentation/versions/1/restore").with(as(accounts, "admin")).with(csrf())
                        .param("expectedVersion", "2"))
                .andExpect(redirectedUrl("/admin/segmentation/versions"))
                .andExpect(flash().attribute("flashError", "settings.restore.conflict"));

        assertThat(versions.current().version()).isEqualTo(3);
        assertThat(versions.current().settings()).isEqualTo(TierFixture.BASELINE);
    }
}
