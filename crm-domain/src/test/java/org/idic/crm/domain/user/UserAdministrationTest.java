package org.idic.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
@WithTestDatabase
class UserAdministrationTest {

    static final String GOOD = "violet-harbour-lantern";

    @Autowired
    Scenario scenario;
    @Autowired
    UserAdministration administration;
    @Autowired
    Teams teams;
    @Autowired
    OwnPassword ownPassword;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    Actor admin;

    @BeforeEach
    void demoUsers() {
        scenario.reset();
        admin = scenario.actor("admin");
    }

    @Test
    void anAdministratorCreatesARepWithAGeneratedOneTimePasswordShownOnce() {
        Long team = teams.create(admin, "West");

        var created = administration.create(admin, form(" Rep9 ", Role.REP, team, null));

        UserView rep = accounts.find(created.id()).orElseThrow();
        assertThat(rep.username()).isEqualTo("Rep9");
        assertThat(rep.mustChangePassword()).isTrue();
        assertThat(created.generatedPassword()).hasSize(16);
        assertThat(encoder.matches(created.generatedPassword(), accounts.credentials("rep9").orElseThrow()
                .passwordHash())).isTrue();
        assertThat(accounts.byUsername(" REP9")).isPresent();
    }

    @Test
    void usernamesAreUniqueWithoutCaseOrSpaces() {
        assertThatThrownBy(() -> administration.create(admin, form(" REP1", Role.REP, teamOf("rep1"), GOOD)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("user.username.taken"));
    }

    @Test
    void aOneTimePasswordMustFollowThePolicy() {
        assertThat(PasswordPolicy.problem("short", "x")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("a".repeat(129), "x")).contains("password.tooLong");
        assertThat(PasswordPolicy.problem("newcomer2026", "Newcomer2026")).contains("password.isUsername");
        assertThat(PasswordPolicy.problem("unbelievable", "x")).contains("password.common");
        assertThat(PasswordPolicy.problem("a".repeat(128), "x")).isEmpty();
        assertThatThrownBy(() -> administration.create(admin, form("newcomer", Role.REP, teamOf("rep1"), "password")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("oneTimePassword"));
    }

    @Test
    void passwordsLongerThanBcryptsSeventyTwoBytesCountWhole() {
        String base = "x".repeat(100);
        String hash = encoder.encode(base + "A");

        assertThat(encoder.matches(base + "A", hash)).isTrue();
        assertThat(encoder.matches(base + "B", hash)).isFalse();
    }

    @Test
    void theUserReplacesTheOneTimePasswordKnowingIt() {
        Long id = accounts.byUsername("rep1").orElseThrow().id();
        administration.resetPassword(admin, id, "temporary-pass-1");
        assertThat(accounts.find(id).orElseThrow().mustChangePassword()).isTrue();
        Actor rep = scenario.actor("rep1");

        assertThatThrownBy(() -> ownPassword.change(rep, "wrong-one-entirely", GOOD))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("password.currentWrong"));
        ownPassword.change(rep, "temporary-pass-1", GOOD);

        assertThat(accounts.find(id).orElseThrow().mustChangePassword()).isFalse();
        Events.awaitHandled(jdbc);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'user' and entity_id = ?"
                + " order by occurred_at, id", String.class, id)).containsExactly("PASSWORD_RESET", "PASSWORD_CHANGE");
    }

    @Test
    void nobodyDisablesOrDemotesThemselves() {
        Long self = admin.userId();
        Long second = administration.create(admin, form("admin2", Role.ADMIN, null, GOOD)).id();
        assertThat(second).isNotNull();

        assertThatThrownBy(() -> administration.disable(admin, self, null)).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("user.self.disable"));
        assertThatThrownBy(() -> administration.update(admin, self, version(self), form("admin", Role.MANAGER,
                teamOf("rep1"), null), null)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("user.self.role"));
        assertThat(accounts.find(self).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledOrDemoted() {
        Long second = administration.create(admin, form("admin2", Role.ADMIN, null, GOOD)).id();
        Actor admin2 = accounts.find(second).orElseThrow().actor();
        administration.disable(admin2, admin.userId(), null);

        // admin2 is now the last enabled administrator; a (stale) session of the disabled admin cannot remove them
        assertThatThrownBy(() -> administration.disable(admin, second, null)).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("user.lastAdmin"));
        assertThatThrownBy(() -> administration.update(admin, second, version(second),
                form("admin2", Role.REP, teamOf("rep1"), null), null)).isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("user.lastAdmin"));
        assertThat(accounts.find(second).orElseThrow().enabled()).isTrue();
        assertThat(accounts.find(second).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void repsAndManagersCannotAdministerPeopleOrTeams() {
        for (String user : new String[] {"rep1", "manager1"}) {
            Actor actor = scenario.actor(user);
            assertThatThrownBy(() -> administration.create(actor, form("sneaky", Role.ADMIN, null, GOOD)))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> administration.update(actor, actor.userId(), version(actor.userId()),
                    form(user, Role.ADMIN, null, null), null)).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> teams.create(actor, "Mine")).isInstanceOf(NotPermittedException.class);
        }
        assertThat(accounts.byUsername("sneaky")).isEmpty();
        assertThat(accounts.byUsername("rep1").orElseThrow().role()).isEqualTo(Role.REP);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'",
                Integer.class)).isEqualTo(6);
    }

    @Test
    void disablingARepWhoHoldsCustomersNeedsASuccessorWhoTakesEverything() {
        Scenario.Book book = scenario.bookOf("rep1");
        Long rep1 = scenario.actor("rep1").userId();
        Long rep2 = scenario.actor("rep2").userId();
        jdbc.update("update interaction set follow_up_on = current_date, follow_up_done = false where id = ?",
                book.interaction());

        assertThatThrownBy(() -> administration.disable(admin, rep1, null)).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("user.successor.required"));
        assertThat(accounts.find(rep1).orElseThrow().enabled()).isTrue();

        administration.disable(admin, rep1, rep2);

        assertThat(accounts.find(rep1).orElseThrow().enabled()).isFalse();
        assertThat(jdbc.queryForObject("select owner_id from customer where id = ?", Long.class, book.customer()))
                .isEqualTo(rep2);
        assertThat(jdbc.queryForObject("select handler_id from complaint where id = ?", Long.class, book.complaint()))
                .isEqualTo(rep2);
        assertThat(administration.heldBy(rep1)).isZero();
        Events.awaitHandled(jdbc);
        assertThat(jdbc.queryForList("select action || ' ' || entity_type from audit_event where actor = 'admin'"
                + " and entity_type in ('customer', 'user')", String.class))
                .containsExactlyInAnyOrder("REASSIGN customer", "DISABLE user"); // written after commit, in any order
    }

    @Test
    void movingARepToAnotherTeamHandsTheirCustomersOverToo() {
        Scenario.Book book = scenario.bookOf("rep1");
        Long rep1 = scenario.actor("rep1").userId();
        Long rep2 = scenario.actor("rep2").userId();
        UserForm toSouth = form("rep1", Role.REP, teamOf("rep3"), null);

        assertThatThrownBy(() -> administration.update(admin, rep1, version(rep1), toSouth, null))
                .isInstanceOf(RuleViolationException.class);
        administration.update(admin, rep1, version(rep1), toSouth, rep2);

        assertThat(accounts.find(rep1).orElseThrow().teamId()).isEqualTo(teamOf("rep3"));
        assertThat(jdbc.queryForObject("select owner_id from customer where id = ?", Long.class, book.customer()))
                .isEqualTo(rep2);
    }

    @Test
    void aTeamIsDeletedOnlyWhenEmptyAndNamesAreUnique() {
        assertThatThrownBy(() -> teams.delete(admin, teamOf("rep1"))).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("team.notEmpty"));
        assertThatThrownBy(() -> teams.create(admin, " north ")).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("team.name.taken"));
        Long east = teams.create(admin, "East");
        String taken = teams.all().stream().map(TeamView::name).filter(n -> !n.equals("East")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> teams.rename(admin, east, 0, " " + taken.toUpperCase() + " "))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("team.name.taken"));
        assertThatThrownBy(() -> teams.create(admin, taken.toLowerCase())).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("team.name.taken"));
        teams.rename(admin, east, 0, "Far East");
        assertThat(teams.all()).extracting(TeamView::name).contains("Far East");
        teams.delete(admin, east);
        assertThat(teams.all()).extracting(TeamView::name).doesNotContain("Far East");
    }

    @Test
    void aTeamMayHaveSeveralManagers() {
        administration.create(admin, form("manager3", Role.MANAGER, teamOf("rep1"), GOOD));

        assertThat(teams.all()).filteredOn(t -> t.name().equals("North")).extracting(TeamView::managers)
                .containsExactly(2L);
    }

    private UserForm form(String username, Role role, Long team, String password) {
        return new UserForm(username, username + " Person", username.strip() + "@example.com", role, team, "en",
                password);
    }

    private Long teamOf(String username) {
        return accounts.byUsername(username).orElseThrow().teamId();
    }

    private long version(Long id) {
        return jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
    }
}
