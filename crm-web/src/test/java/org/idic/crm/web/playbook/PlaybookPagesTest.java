package org.idic.crm.web.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.idic.crm.domain.playbook.Playbook;
import org.idic.crm.domain.playbook.Playbooks;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
class PlaybookPagesTest {

    static final String KEY = "lifecycle.DECLINE";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    Playbooks playbooks;
    @Autowired
    JdbcTemplate jdbc;

    Playbook original;

    @BeforeEach
    void users() {
        scenario.reset();
        original = playbooks.get(KEY).orElseThrow();
    }

    @AfterEach
    void putTheTextBack() {
        jdbc.update("update playbook set text_en = ?, text_zh = ? where key = ?", original.textEn(), original.textZh(),
                KEY);
    }

    @Test
    void theListShowsAllNinePlaybooksInBothLanguages() throws Exception {
        String html = mvc.perform(get("/admin/playbooks").with(as(accounts, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html.split("id=\"playbook-", -1)).hasSize(10);
        assertThat(html).contains("Tier: MVC, most valuable customers", "Lifecycle: terminated",
                "Find the cause (look at complaints)", "查找原因");
    }

    @Test
    void anEditIsSavedAndTheBrowserIsSentBackToTheList() throws Exception {
        mvc.perform(get("/admin/playbooks/" + KEY).with(as(accounts, "admin")))
                .andExpect(content().string(containsString("Find the cause (look at complaints)")));

        mvc.perform(post("/admin/playbooks/" + KEY).with(as(accounts, "admin")).with(csrf())
                        .param("version", String.valueOf(original.version()))
                        .param("textEn", "  Call within a week.  ").param("textZh", "一周内致电。"))
                .andExpect(redirectedUrl("/admin/playbooks"))
                .andExpect(flash().attribute("flash", "playbook.saved"));

        Playbook saved = playbooks.get(KEY).orElseThrow();
        assertThat(saved.textEn()).isEqualTo("Call within a week.");
        assertThat(saved.textZh()).isEqualTo("一周内致电。");
        assertThat(saved.version()).isEqualTo(original.version() + 1);
        assertThat(saved.updatedBy()).isEqualTo("admin");
        scenario.awaitEvents();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'playbook'"
                + " and action = 'UPDATE' and details like '%Call within a week.%'", Integer.class)).isEqualTo(1);
    }

    @Test
    void blankAndOverlongTextsAreMarkedKeptAndNotSaved() throws Exception {
        String tooLong = "长".repeat(2001);
        mvc.perform(post("/admin/playbooks/" + KEY).with(as(accounts, "admin")).with(csrf())
                        .param("version", String.valueOf(original.version())).param("textEn", " ")
                        .param("textZh", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill this in.")))
                .andExpect(content().string(containsString("Please use at most 2,000 characters.")))
                .andExpect(content().string(containsString(tooLong)));

        assertThat(playbooks.get(KEY).orElseThrow().version()).isEqualTo(original.version());
    }

    @Test
    void anEditOfAPlaybookSomeoneSavedMeanwhileShowsTheConflictAndLosesNothing() throws Exception {
        playbooks.update(scenario.actor("admin"), KEY, original.version(), "Their text.", "他们的文本。");

        mvc.perform(post("/admin/playbooks/" + KEY).with(as(accounts, "admin")).with(csrf())
                        .param("version", String.valueOf(original.version()))
                        .param("textEn", "My text.").param("textZh", "我的文本。"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this record")))
                .andExpect(content().string(containsString("Their text.")))
                .andExpect(content().string(containsString(">My text.</textarea>")))
                .andExpect(content().string(containsString("value=\"" + (original.version() + 1) + "\"")));

        assertThat(playbooks.get(KEY).orElseThrow().textEn()).isEqualTo("Their text.");
    }

    @Test
    void anUnknownPlaybookIsNotFound() throws Exception {
        mvc.perform(get("/admin/playbooks/tier.NOPE").with(as(accounts, "admin"))).andExpect(status().isNotFound());
    }
}
