package org.idic.crm.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idic.crm.domain.testsupport.Browser;
import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10's "done when", over HTTP as a browser does it (cookies, CSRF tokens, redirects): on a database
 * the application reaches by its URL, with demo mode off, the first administrator (from
 * {@code crm.admin.*}, i.e. CRM_ADMIN_USERNAME / CRM_ADMIN_PASSWORD) forms two teams with their managers
 * and reps; the reps sign in with their one-time passwords, choose their own and work; a leaver's book
 * goes to a colleague in one step; and all of it can be read on the audit page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "crm.demo.enabled=false", "crm.admin.username=chief", "crm.admin.password=" + OnboardingFromZeroTest.CHIEF})
@WithTestDatabase
class OnboardingFromZeroTest {

    static final String CHIEF = "a long passphrase of our own";
    private static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\".*?<code[^>]*>([^<]+)</code>",
            Pattern.DOTALL);
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorFormsTwoTeamsWhosePeopleSignInAndWorkAndEveryStepIsOnTheAuditPage() {
        assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("chief");
        Browser chief = signIn("chief", CHIEF);

        long north = createTeam(chief, "North");
        long south = createTeam(chief, "South");
        Person nora = createUser(chief, "nora", "Nora North", "MANAGER", north);
        Person rita = createUser(chief, "rita", "Rita Rep", "REP", north);
        Person ravi = createUser(chief, "ravi", "Ravi Rep", "REP", north);
        Person sam = createUser(chief, "sam", "Sam South", "MANAGER", south);
        Person sue = createUser(chief, "sue", "Sue Rep", "REP", south);

        Browser ritaBrowser = firstSignIn(rita, "rita's own passphrase 1");
        long ritasCustomer = createCustomer(ritaBrowser, "Harbour Lanterns Ltd");
        long ritasInteraction = logInteraction(ritaBrowser, ritasCustomer, "Asked for the spring catalogue");
        long ravisCustomer = createCustomer(firstSignIn(ravi, "ravi's own passphrase 2"), "Ravi Foods");
        long suesCustomer = createCustomer(firstSignIn(sue, "sue's own passphrase 3"), "Southern Mills");

        // rita leaves: disabling her names who takes her book, in one step
        Browser.Page disabled = chief.post("/admin/users/" + rita.id() + "/disable",
                Map.of("successorId", String.valueOf(ravi.id())));
        assertThat(disabled.location()).endsWith("/admin/users/" + rita.id() + "/edit");
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, rita.id())).isFalse();
        assertThat(jdbc.queryForObject("select owner_id from customer where id = ?", Long.class, ritasCustomer))
                .isEqualTo(ravi.id());
        assertThat(ritaBrowser.get("/customers").location()).contains("/login");
        Events.awaitHandled(jdbc);

        // the administrator reads every step on the audit page
        assertThat(chief.get("/audit?type=team").body()).contains("#" + north, "#" + south, "North", "South");
        String users = chief.get("/audit?type=user&action=CREATE").body();
        for (Person p : new Person[] {nora, rita, ravi, sam, sue}) {
            assertThat(users).contains("#" + p.id(), p.username());
        }
        assertThat(chief.get("/audit?actor=rita").body()).contains("Signed in", "Password changed",
                "/customers/" + ritasCustomer, "Harbour Lanterns Ltd", "#" + ritasInteraction);
        assertThat(chief.get("/audit?type=user&action=DISABLE").body()).contains("#" + rita.id());
        assertThat(chief.get("/audit?type=customer&action=REASSIGN").body())
                .contains("/customers/" + ritasCustomer, "Rita Rep", "Ravi Rep");

        // the North manager reads their team's, and nothing of the South
        String norasView = firstSignIn(nora, "nora's own passphrase 4").get("/audit").body();
        assertThat(norasView).contains("/customers/" + ritasCustomer, "/customers/" + ravisCustomer,
                "#" + ritasInteraction, "Reassigned").doesNotContain("/customers/" + suesCustomer, "Southern Mills");
        String samsView = firstSignIn(sam, "sam's own passphrase 5").get("/audit").body();
        assertThat(samsView).contains("/customers/" + suesCustomer)
                .doesNotContain("/customers/" + ritasCustomer, "Harbour Lanterns Ltd", "#" + ritasInteraction);
    }

    private record Person(long id, String username, String oneTimePassword) {
    }

    private Browser signIn(String username, String password) {
        Browser browser = new Browser(port);
        assertThat(browser.login(username, password).location()).doesNotContain("error").doesNotContain("locked");
        return browser;
    }

    private long createTeam(Browser admin, String name) {
        admin.get("/admin/teams");
        assertThat(admin.post("/admin/teams", Map.of("name", name)).location()).endsWith("/admin/teams");
        assertThat(admin.get("/admin/teams").body()).contains(name);
        return jdbc.queryForObject("select id from team where name = ?", Long.class, name);
    }

    private Person createUser(Browser admin, String username, String name, String role, long team) {
        admin.get("/admin/users/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", name);
        form.put("email", username + "@example.com");
        form.put("role", role);
        form.put("teamId", String.valueOf(team));
        form.put("locale", "en");
        form.put("oneTimePassword", ""); // generated, shown once
        String edit = admin.post("/admin/users", form).location();
        assertThat(edit).matches(".*/admin/users/\\d+/edit");
        Matcher shown = ONE_TIME.matcher(admin.get(edit.substring(edit.indexOf("/admin"))).body());
        assertThat(shown.find()).as("the one-time password is shown once").isTrue();
        long id = Long.parseLong(edit.replaceAll(".*/admin/users/(\\d+)/edit", "$1"));
        return new Person(id, username, shown.group(1).strip());
    }

    /** Signs in with the one-time password, is held at "change your password" until a new one is chosen. */
    private Browser firstSignIn(Person person, String ownPassword) {
        Browser browser = signIn(person.username(), person.oneTimePassword());
        assertThat(browser.get("/").location()).endsWith("/account/password");
        assertThat(browser.get("/customers/new").location()).endsWith("/account/password");
        browser.get("/account/password");
        browser.post("/account/password", Map.of("currentPassword", person.oneTimePassword(),
                "newPassword", ownPassword, "repeatPassword", ownPassword));
        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(new Browser(port).login(person.username(), person.oneTimePassword()).location())
                .as("the one-time password no longer opens anything").contains("error");
        return browser;
    }

    private long createCustomer(Browser rep, String name) {
        String page = rep.get("/customers/new?kind=ORGANISATION").body();
        Browser.Page created = rep.post("/customers", Map.of("kind", "ORGANISATION", "name", name,
                "status", "ACTIVE", "formToken", token(page)));
        assertThat(created.location()).as(created.body()).matches(".*/customers/\\d+");
        return Long.parseLong(created.location().replaceAll(".*/customers/(\\d+)", "$1"));
    }

    private long logInteraction(Browser rep, long customer, String summary) {
        String page = rep.get("/customers/" + customer + "/interactions/new").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "PHONE");
        form.put("direction", "OUTBOUND");
        form.put("purpose", "INFORMATION");
        form.put("occurredAt", java.time.LocalDateTime.now().withSecond(0).withNano(0).minusHours(1).toString());
        form.put("summary", summary);
        form.put("formToken", token(page));
        Browser.Page logged = rep.post("/customers/" + customer + "/interactions", form);
        assertThat(logged.location()).as(logged.body()).endsWith("/customers/" + customer);
        return jdbc.queryForObject("select id from interaction where customer_id = ? and summary = ?", Long.class,
                customer, summary);
    }

    private static String token(String page) {
        Matcher token = FORM_TOKEN.matcher(page);
        assertThat(token.find()).as("the form carries its one-time token").isTrue();
        return token.group(1);
    }
}
