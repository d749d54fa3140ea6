package org.idic.crm.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.time.Instant;
import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * People and sign-in through the web (issue 10): crafted forms from reps and managers, a disabled user's
 * open session, the one-time password, the hand-over, the throttle per address, the absolute session
 * lifetime, and the audit page per role.
 */
@SpringBootTest(properties = "crm.demo.enabled=true")
@AutoConfigureMockMvc
@WithTestDatabase
class PeopleAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionRepository<?> sessions;

    @BeforeEach
    void demoUsers() {
        scenario.reset();
    }

    @Test
    void repsAndManagersCannotCreateUsersOrRaiseTheirOwnRoleWithCraftedForms() throws Exception {
        for (String user : new String[] {"rep1", "manager1"}) {
            Cookie session = login(user, "demo1234", "10.0.0.1");
            long id = userId(user);
            MvcResult create = mvc.perform(post("/admin/users").with(csrf()).cookie(session)
                    .param("username", "intruder").param("displayName", "Intruder").param("role", "ADMIN")
                    .param("oneTimePassword", "violet-harbour-lantern")).andReturn();
            MvcResult promote = mvc.perform(post("/admin/users/" + id).with(csrf()).cookie(session)
                    .param("displayName", user).param("role", "ADMIN").param("version", "0")).andReturn();

            assertThat(create.getResponse().getStatus()).isEqualTo(403);
            assertThat(promote.getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'intruder'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForList("select role from app_user where username in ('rep1', 'manager1') order by role",
                String.class)).containsExactly("MANAGER", "REP");
    }

    @Test
    void aDisabledUsersOpenSessionEndsAtTheirNextRequest() throws Exception {
        Cookie rep2 = login("rep2", "demo1234", "10.0.0.1");
        assertThat(mvc.perform(get("/").cookie(rep2)).andReturn().getResponse().getStatus()).isEqualTo(200);

        mvc.perform(post("/admin/users/" + userId("rep2") + "/disable").with(csrf())
                .cookie(login("admin", "demo1234", "10.0.0.9"))).andReturn();

        assertThat(mvc.perform(get("/customers").cookie(rep2)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
    }

    @Test
    void aNewRepSignsInWithTheOneTimePasswordAndMustChooseTheirOwnFirst() throws Exception {
        Cookie admin = login("admin", "demo1234", "10.0.0.9");
        long north = jdbc.queryForObject("select id from team where name = 'North'", Long.class);
        MvcResult created = mvc.perform(post("/admin/users").with(csrf()).cookie(admin).param("username", "Newbie")
                .param("displayName", "New Bie").param("role", "REP").param("teamId", String.valueOf(north))
                .param("locale", "en")).andReturn();
        String oneTime = (String) created.getFlashMap().get("oneTimePassword");
        assertThat(oneTime).hasSize(16);

        Cookie newbie = login(" newbie", oneTime, "10.0.0.5");
        assertThat(mvc.perform(get("/").cookie(newbie)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(mvc.perform(get("/customers").cookie(newbie)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        MvcResult common = mvc.perform(post("/account/password").with(csrf()).cookie(newbie)
                .param("currentPassword", oneTime).param("newPassword", "unbelievable")
                .param("repeatPassword", "unbelievable")).andReturn();
        assertThat(common.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("one of the 10,000 most common passwords").doesNotContain(oneTime);
        mvc.perform(post("/account/password").with(csrf()).cookie(newbie).param("currentPassword", oneTime)
                .param("newPassword", "violet-harbour-lantern").param("repeatPassword", "violet-harbour-lantern"))
                .andReturn();

        MvcResult home = mvc.perform(get("/").cookie(newbie)).andReturn();
        assertThat(home.getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(signIn("newbie", oneTime, "10.0.0.5")).andReturn().getResponse().getRedirectedUrl())
                .as("the one-time password no longer signs in").isEqualTo("/login?error");
    }

    @Test
    void disablingARepHandsTheirBookToTheChosenColleagueOrIsRefused() throws Exception {
        Scenario.Book book = scenario.bookOf("rep1");
        Cookie admin = login("admin", "demo1234", "10.0.0.9");
        String url = "/admin/users/" + userId("rep1") + "/disable";

        MvcResult refused = mvc.perform(post(url).with(csrf()).cookie(admin)).andReturn();
        assertThat(refused.getFlashMap().get("actionError")).isEqualTo("user.successor.required");
        mvc.perform(post(url).with(csrf()).cookie(admin).param("successorId", String.valueOf(userId("rep2"))))
                .andReturn();

        assertThat(jdbc.queryForObject("select enabled from app_user where username = 'rep1'", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select owner_id from customer where id = ?", Long.class, book.customer()))
                .isEqualTo(userId("rep2"));
        assertThat(jdbc.queryForObject("select handler_id from complaint where id = ?", Long.class, book.complaint()))
                .isEqualTo(userId("rep2"));
    }

    @Test
    void failuresFromAStrangersAddressDoNotLockTheUserOutOfTheirOwn() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("rep1", "wrong-password", "203.0.113.66");
        }
        MvcResult stranger = mvc.perform(signIn("rep1", "demo1234", "203.0.113.66")).andReturn();
        MvcResult colleague = mvc.perform(signIn("rep1", "demo1234", "10.0.0.1")).andReturn();

        assertThat(stranger.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        assertThat(colleague.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.queryForList("select action from audit_event where actor = 'rep1' order by id", String.class))
                .containsSubsequence("LOGIN_FAILURE", "LOGIN_LOCKOUT", "LOGIN_THROTTLED", "LOGIN_SUCCESS");
    }

    @Test
    void aSignInEndsTwelveHoursAfterItBeganHoweverActive() throws Exception {
        Cookie rep1 = login("rep1", "demo1234", "10.0.0.1");
        assertThat(mvc.perform(get("/").cookie(rep1)).andReturn().getResponse().getStatus()).isEqualTo(200);
        backdateSignIn(sessions, sessionId(rep1), 12 * 3600 + 1);

        assertThat(mvc.perform(get("/").cookie(rep1)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
    }

    @Test
    void theAuditPageShowsManagersTheirTeamsCustomersOnlyAndExportsSafely() throws Exception {
        Long north = scenario.customerOf("rep1", "North Trading");
        Long south = scenario.customerOf("rep3", "South Trading");
        Events.awaitHandled(jdbc);
        // a line whose first cell a spreadsheet would run as a formula
        jdbc.update("insert into audit_event (actor, action, entity_type, entity_id) values"
                + " ('=2+3', 'UPDATE', 'customer', ?)", north);

        String manager1 = page("manager1", "/audit?type=customer");
        String manager2 = page("manager2", "/audit?type=customer");
        String admin = page("admin", "/audit?type=customer");

        assertThat(manager1).contains("/customers/" + north).doesNotContain("/customers/" + south);
        assertThat(manager2).contains("/customers/" + south).doesNotContain("/customers/" + north);
        assertThat(admin).contains("/customers/" + north, "/customers/" + south);
        assertThat(mvc.perform(get("/audit").cookie(login("rep1", "demo1234", "10.0.0.1"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        String csv = mvc.perform(get("/audit/export").param("type", "customer")
                .cookie(login("admin", "demo1234", "10.0.0.9"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",'=2+3,").doesNotContain(",=2+3");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and entity_type = 'audit'",
                Integer.class)).isEqualTo(1);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).cookie(login(user, "demo1234", "10.0.0.1"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * Signs in and returns the session cookie: sessions live in the database (Spring Session), so a
     * request belongs to a session by its cookie, as a browser's does, not by a MockHttpSession.
     */
    private Cookie login(String user, String password, String address) throws Exception {
        Cookie[] cookies = mvc.perform(signIn(user, password, address)).andReturn().getResponse().getCookies();
        return Arrays.stream(cookies).filter(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID"))
                .reduce((first, last) -> last).orElse(new Cookie("SESSION", "none"));
    }

    /** Moves the session's time of sign-in back by {@code seconds}, in the session store. */
    private static <S extends Session> void backdateSignIn(SessionRepository<S> store, String id, long seconds) {
        S stored = store.findById(id);
        Instant signedIn = stored.getAttribute("crm.session.signedInAt");
        assertThat(signedIn).isNotNull();
        stored.setAttribute("crm.session.signedInAt", signedIn.minusSeconds(seconds));
        store.save(stored);
    }

    /** The session's id: the cookie holds it base64-encoded (Spring Session's DefaultCookieSerializer). */
    private static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
    }

    private static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
        return post("/login").with(csrf()).param("username", user).param("password", password).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }
}
