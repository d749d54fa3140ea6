package org.idic.crm.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Reps and managers are refused every settings and playbook page, even with a form that would be accepted. */
@WebIntegrationTest
class AdminPagesAccessTest {

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
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void repsAndManagersGetForbiddenOnEveryNewPageAndChangeNothing() throws Exception {
        fixture.customers();
        int current = versions.current().version();
        String before = state();
        List<String> wrong = new ArrayList<>();
        for (String user : List.of("rep1", "manager1")) {
            for (MockHttpServletRequestBuilder request : requests(user, current)) {
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                if (status != 403) {
                    wrong.add(user + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext())
                            .getRequestURI() + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theSameRequestsAreAdmittedForTheAdministrator() throws Exception {
        fixture.customers();
        for (MockHttpServletRequestBuilder request : requests("admin", versions.current().version())) {
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isIn(200, 302);
        }
    }

    private List<MockHttpServletRequestBuilder> requests(String user, int current) {
        long playbook = jdbc.queryForObject("select version from playbook where key = 'lifecycle.MATURE'", Long.class);
        String text = jdbc.queryForObject("select text_en from playbook where key = 'lifecycle.MATURE'", String.class);
        return List.of(
                get("/admin/segmentation").with(as(accounts, user)),
                SettingsRequests.settingsPost("/admin/segmentation", accounts, user, current,
                        SegmentationSettings.defaults(), Map.of("mvcShare", "0.3")),
                SettingsRequests.settingsPost("/admin/segmentation/preview", accounts, user, current,
                        SegmentationSettings.defaults(), Map.of()),
                get("/admin/segmentation/versions").with(as(accounts, user)),
                get("/admin/segmentation/versions/1").with(as(accounts, user)),
                post("/admin/segmentation/versions/1/restore").with(as(accounts, user)).with(csrf())
                        .param("expectedVersion", String.valueOf(current)),
                get("/admin/playbooks").with(as(accounts, user)),
                get("/admin/playbooks/lifecycle.MATURE").with(as(accounts, user)),
                post("/admin/playbooks/lifecycle.MATURE").with(as(accounts, user)).with(csrf())
                        .param("version", String.valueOf(playbook)).param("textEn", text)
                        .param("textZh", "延长合作关系，请求推荐，开展交叉销售。"));
    }

    private String state() {
        return jdbc.queryForObject("select (select count(*) from segmentation_settings) || ' '"
                + " || (select string_agg(key || version, ',' order by key) from playbook)", String.class);
    }
}
