package org.idic.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.domain.user.internal.AppUser;
import org.idic.crm.domain.user.internal.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
@WithTestDatabase
class UserBootstrapTest {

    @Autowired
    UserBootstrap bootstrap;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        jdbc.update("truncate team, app_user, interaction_day, follow_up_day, interaction_facet_day, follow_up_facet_day,"
                + " complaint_closed_facet_day, complaint_open_facet restart identity cascade");
    }

    @Test
    void demoModeCreatesTheDemoUsersInTheirTeams() {
        assertThat(bootstrap.ensureUsers(true, null, null)).isTrue();

        assertThat(users.findAllWithTeams()).extracting(AppUser::getUsername)
                .containsExactlyInAnyOrder("admin", "manager1", "rep1", "rep2", "manager2", "rep3");
        AppUser rep2 = users.findByKey("rep2").orElseThrow();
        assertThat(rep2.getRole()).isEqualTo(Role.REP);
        assertThat(rep2.getTeam().getName()).isEqualTo("North");
        assertThat(users.findByKey("manager2").orElseThrow().getTeam().getName()).isEqualTo("South");
        assertThat(users.findByKey("admin").orElseThrow().getTeam()).isNull();
        assertThat(passwordEncoder.matches("demo1234", rep2.getPasswordHash())).isTrue();
    }

    @Test
    void passwordsAreStoredAsAdaptiveHashesNeverPlainText() {
        bootstrap.ensureUsers(true, null, null);

        assertThat(jdbc.queryForList("select password_hash from app_user", String.class))
                .isNotEmpty()
                .allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt-sha256}$2").doesNotContain("demo1234"));
    }

    @Test
    void demoUsersAreNotCreatedAgainOnTheNextStart() {
        bootstrap.ensureUsers(true, null, null);

        assertThat(bootstrap.ensureUsers(true, null, null)).isFalse();
        assertThat(users.count()).isEqualTo(6);
    }

    @Test
    void productionModeCreatesOnlyTheConfiguredAdministrator() {
        assertThat(bootstrap.ensureUsers(false, "chief", "correct horse battery")).isTrue();

        assertThat(users.findAllWithTeams()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("chief");
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(passwordEncoder.matches("correct horse battery", admin.getPasswordHash())).isTrue();
        });
        assertThat(users.findByKey("admin")).isEmpty();
    }

    @Test
    void productionModeWithoutConfiguredAdministratorRefusesToStart() {
        assertThatThrownBy(() -> bootstrap.ensureUsers(false, null, null))
                .isInstanceOf(NoAdministratorException.class)
                .hasMessageContaining("CRM_ADMIN_USERNAME").hasMessageContaining("CRM_ADMIN_PASSWORD");
        assertThat(users.count()).isZero();
    }

    @Test
    void productionModeRefusesAShortAdministratorPassword() {
        assertThatThrownBy(() -> bootstrap.ensureUsers(false, "chief", "elevenchars"))
                .isInstanceOf(NoAdministratorException.class)
                .hasMessageContaining("at least 12 characters");
        assertThat(users.count()).isZero();
    }

    @Test
    void productionModeAcceptsTwelveCharacters() {
        assertThat(bootstrap.ensureUsers(false, "chief", "twelve chars")).isTrue();
    }

    @Test
    void productionModeLeavesAnExistingUserBaseAlone() {
        bootstrap.ensureUsers(false, "chief", "correct horse battery");

        assertThat(bootstrap.ensureUsers(false, null, null)).isFalse();
        assertThat(users.count()).isEqualTo(1);
    }
}
