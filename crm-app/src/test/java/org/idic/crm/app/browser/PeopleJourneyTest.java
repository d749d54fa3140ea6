package org.idic.crm.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People (issue 10): an administrator creates a team and a rep; the rep signs in with the one-time
 * password, must choose their own, and finds an empty My day; the administrator disables the rep and
 * hands their book to a colleague, and reads it on the audit page. In both languages, the new rep's pages
 * at phone width too.
 */
class PeopleJourneyTest extends BrowserJourney {

    static final String OWN_PASSWORD = "violet-harbour-lantern";

    @Autowired
    UserAccounts accounts;
    @Autowired
    Customers customers;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anAdministratorOnboardsARepWhoSignsInAndLaterLeaves(String language) {
        String suffix = language.equals("en") ? "en" : "zh";
        String team = "Team " + suffix.toUpperCase();
        String username = "newrep-" + suffix;
        tab.begin(port, "people-" + suffix).signIn("admin", language, "/admin/teams");
        tab.type(By.id("teamName"), team).follow(By.cssSelector("#new-team button"), "team-created");
        // the names are the values of the rename fields
        assertThat(tab.all(By.cssSelector("#teams tr[data-team='" + team + "']"))).hasSize(1);

        tab.open("/admin/users", "users").follow(By.id("new-user"), "new-user");
        tab.type(By.id("username"), username).type(By.id("displayName"), "New Rep " + suffix)
                .type(By.id("email"), username + "@example.com").choose(By.id("role"), "REP")
                .choose(By.id("teamId"), String.valueOf(teamId(team))).choose(By.id("locale"), language);
        tab.follow(By.cssSelector("#user-form button[type=submit]"), "user-created");
        String oneTime = tab.text(By.cssSelector("#one-time-password code"));
        assertThat(oneTime).hasSize(16);

        tab.begin(port, "people-newrep-" + suffix).at(language.equals("en") ? Tab.DESKTOP : Tab.PHONE);
        tab.open("/", "sign-in");
        tab.type(By.id("username"), username).type(By.id("password"), oneTime);
        tab.follow(By.cssSelector("#login-form button[type=submit]"), "must-change");
        assertThat(tab.path()).isEqualTo("/account/password");
        assertThat(tab.find(By.id("must-change")).isDisplayed()).isTrue();
        tab.open("/customers", "still-must-change");
        assertThat(tab.path()).isEqualTo("/account/password");
        tab.type(By.id("currentPassword"), oneTime).type(By.id("newPassword"), OWN_PASSWORD)
                .type(By.id("repeatPassword"), OWN_PASSWORD);
        tab.follow(By.cssSelector("#password-form button[type=submit]"), "my-day");
        assertThat(tab.path()).isEqualTo("/");
        assertThat(tab.all(By.cssSelector("#follow-ups li"))).isEmpty();

        // the rep takes on a customer, then leaves
        Long customer = customers.create(accounts.byUsername(username).orElseThrow().actor(), CustomerKind.INDIVIDUAL,
                Scenario.details("Leaver Customer " + suffix), null);
        Long rep = accounts.byUsername(username).orElseThrow().id();
        tab.begin(port, "people-leaver-" + suffix).signIn("admin", language, "/admin/users/" + rep + "/edit");
        tab.choose(By.id("disableSuccessor"), String.valueOf(accounts.byUsername("rep1").orElseThrow().id()));
        tab.follow(By.cssSelector("#disable-user button"), "disabled");
        assertThat(tab.find(By.id("enable-user")).isDisplayed()).isTrue();
        assertThat(jdbc.queryForObject("select u.username from customer c join app_user u on u.id = c.owner_id"
                + " where c.id = ?", String.class, customer)).isEqualTo("rep1");

        Events.awaitHandled(jdbc);
        tab.open("/audit?type=customer&record=" + customer, "audit");
        assertThat(tab.all(By.cssSelector("#audit tbody tr"))).hasSize(2);
        assertThat(tab.text(By.id("audit"))).contains(username, "rep1");
        tab.at(Tab.PHONE).open("/audit?type=user&record=" + rep, "audit-phone");
    }

    private long teamId(String name) {
        return jdbc.queryForObject("select id from team where name = ?", Long.class, name);
    }
}
