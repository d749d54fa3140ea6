package org.idic.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.DemoUsersExtension;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@WebIntegrationTest
@ExtendWith(DemoUsersExtension.class)
class AccessAndHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    CrmUser as(String username) {
        var credentials = accounts.credentials(username).orElseThrow();
        return new CrmUser(credentials.user(), credentials.passwordHash());
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void thereIsNoGeneratedFallbackUser() {
        assertThat(context.getBeansOfType(
                org.springframework.security.provisioning.InMemoryUserDetailsManager.class)).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void onlyAdministratorsOpenTheUserAdministration() throws Exception {
        mvc.perform(get("/admin/users").with(user(as("rep1")))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(as("manager1")))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(as("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("manager2")));
    }

    @Test
    void aRefusedRequestIsAudited() throws Exception {
        Events.clearAuditTrail(jdbc);

        mvc.perform(get("/admin/users").with(user(as("rep1")))).andExpect(status().isForbidden());

        assertThat(jdbc.queryForList("select actor || ' ' || details from audit_event where action = 'ACCESS_DENIED'",
                String.class)).containsExactly("rep1 GET /admin/users");
    }

    @Test
    void everyRoleHasItsOwnHomePage() throws Exception {
        mvc.perform(get("/").with(user(as("rep1")))).andExpect(content().string(containsString("My day")));
        mvc.perform(get("/").with(user(as("manager2")))).andExpect(content().string(containsString("You lead team South")));
        mvc.perform(get("/").with(user(as("admin")))).andExpect(content().string(containsString("All users and teams")));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void pagesLoadBootstrapFromThisSiteNotACdn() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("href=\"/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css\"")
                .doesNotContain("://");
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/js/bootstrap.bundle.min.js")).andExpect(status().isOk());
    }

    @Test
    void pagesHaveNoInlineScripts() throws Exception {
        String page = mvc.perform(get("/").with(user(as("admin")))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        assertThat(page).doesNotContain("onclick=").doesNotContain("style=");
    }
}
