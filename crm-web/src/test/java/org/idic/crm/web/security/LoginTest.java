package org.idic.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.web.support.DemoUsersExtension;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebIntegrationTest
@ExtendWith(DemoUsersExtension.class)
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoUserSignsInAndLandsOnTheHomePage() throws Exception {
        mvc.perform(formLogin("/login").user("rep1").password("demo1234"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("rep1").withRoles("REP"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("rep1").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void aRefusedSignInKeepsTheUsernameTypedButNeverThePassword() throws Exception {
        MvcResult refused = mvc.perform(formLogin("/login").user("rep1").password("wrong-password-42"))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession();

        String page = mvc.perform(get("/login?error").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"username\"").contains("value=\"rep1\"")
                .doesNotContain("wrong-password-42");
        // only the page right after the refusal: a later visit starts empty
        assertThat(mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString())
                .doesNotContain("value=\"rep1\"");
    }

    @Test
    void unknownUserGetsExactlyTheSameAnswerAsAWrongPassword() throws Exception {
        MvcResult unknown = mvc.perform(formLogin("/login").user("no-such-user").password("whatever1"))
                .andExpect(unauthenticated()).andReturn();
        MvcResult wrong = mvc.perform(formLogin("/login").user("rep1").password("whatever1"))
                .andExpect(unauthenticated()).andReturn();

        assertThat(unknown.getResponse().getStatus()).isEqualTo(wrong.getResponse().getStatus());
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo(wrong.getResponse().getRedirectedUrl());
        String unknownPage = mvc.perform(get(unknown.getResponse().getRedirectedUrl()))
                .andReturn().getResponse().getContentAsString();
        String wrongPage = mvc.perform(get(wrong.getResponse().getRedirectedUrl()))
                .andReturn().getResponse().getContentAsString();
        // the pages differ only in their per-session CSRF token
        assertThat(withoutCsrfToken(unknownPage)).isEqualTo(withoutCsrfToken(wrongPage))
                .contains("Invalid username or password.");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedWithAClearMessage() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("rep2").password("bad-" + i)).andExpect(redirectedUrl("/login?error"));
        }

        MvcResult refused = mvc.perform(formLogin("/login").user("rep2").password("demo1234"))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login?locked").session((MockHttpSession) refused.getRequest().getSession()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("paused for 15 minutes")));
    }

    @Test
    void throttlingOneUsernameLeavesOtherUsersAlone() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("rep2").password("bad-" + i));
        }

        mvc.perform(formLogin("/login").user("rep3").password("demo1234"))
                .andExpect(authenticated().withUsername("rep3"));
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "rep1").param("password", "demo1234"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    @Test
    void sessionIdChangesAtSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "rep1").param("password", "demo1234"))
                .andExpect(authenticated()).andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void disabledUserWithTheRightPasswordIsToldTheAccountIsDisabled() throws Exception {
        jdbc.update("update app_user set enabled = false where username = 'rep3'");

        mvc.perform(formLogin("/login").user("rep3").password("demo1234"))
                .andExpect(redirectedUrl("/login?disabled"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("rep3").password("wrong-pass"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void disablingAUserEndsTheirSessionOnTheNextRequest() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("rep3").password("demo1234")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        jdbc.update("update app_user set enabled = false where username = 'rep3'");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void logoutIsAPostThatEndsTheSession() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("rep1").password("demo1234")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void signInsAndFailuresAreAudited() throws Exception {
        Events.clearAuditTrail(jdbc);
        mvc.perform(formLogin("/login").user("rep1").password("demo1234"));
        mvc.perform(formLogin("/login").user("rep1").password("nope-nope"));

        assertThat(jdbc.queryForList("select action from audit_event where actor = 'rep1' order by id", String.class))
                .containsExactly("LOGIN_SUCCESS", "LOGIN_FAILURE");
        assertThat(jdbc.queryForList("select coalesce(details, '') from audit_event", String.class))
                .noneMatch(d -> d.contains("nope-nope"));
    }
}
