package org.idic.crm.domain.user;

import java.util.List;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.user.internal.AppUser;
import org.idic.crm.domain.user.internal.Team;
import org.idic.crm.domain.user.internal.TeamRepository;
import org.idic.crm.domain.user.internal.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure somebody can sign in on a new database. Demo mode creates the demo users; otherwise the
 * first administrator comes from configuration, and there is never a default password.
 */
@Service
@Transactional
public class UserBootstrap {

    /** The password of every demo user; only ever used in demo mode. */
    public static final String DEMO_PASSWORD = "demo1234";

    /** The demo users in the order the login page lists them. */
    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "Ada Admin", Role.ADMIN, null),
            new DemoUser("manager1", "Li Na", Role.MANAGER, "North"),
            new DemoUser("rep1", "Wang Wei", Role.REP, "North"),
            new DemoUser("rep2", "Emma Clark", Role.REP, "North"),
            new DemoUser("manager2", "James Miller", Role.MANAGER, "South"),
            new DemoUser("rep3", "Zhang Min", Role.REP, "South"));

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;

    UserBootstrap(UserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates the first users if there are none.
     *
     * @return true when users were created
     * @throws NoAdministratorException outside demo mode, when no user exists and no valid first
     *     administrator is configured
     */
    public boolean ensureUsers(boolean demoMode, String adminUsername, String adminPassword) {
        if (users.count() > 0) {
            return false;
        }
        if (demoMode) {
            createDemoUsers();
            return true;
        }
        if (adminUsername == null || adminUsername.isBlank() || adminPassword == null || adminPassword.isEmpty()) {
            throw new NoAdministratorException("No user exists and no first administrator is configured: set "
                    + "CRM_ADMIN_USERNAME and CRM_ADMIN_PASSWORD (" + PasswordPolicy.MIN_LENGTH + " to "
                    + PasswordPolicy.MAX_LENGTH + " characters) and start again.");
        }
        PasswordPolicy.problem(adminPassword, adminUsername).ifPresent(problem -> {
            throw new NoAdministratorException("CRM_ADMIN_PASSWORD " + switch (problem) {
                case "password.tooShort" -> "must be at least " + PasswordPolicy.MIN_LENGTH + " characters long";
                case "password.tooLong" -> "must be at most " + PasswordPolicy.MAX_LENGTH + " characters long";
                case "password.isUsername" -> "must not be the username";
                default -> "is one of the 10,000 most common passwords";
            } + ".");
        });
        String username = adminUsername.strip();
        try {
            users.save(AppUser.admin(username, passwordEncoder.encode(adminPassword), username));
        } catch (RuleViolationException e) {
            throw new NoAdministratorException(
                    "CRM_ADMIN_USERNAME is not valid: use 2 to 64 letters, digits or . _ @ -.");
        }
        log.info("Created the first administrator '{}' from CRM_ADMIN_USERNAME", username);
        return true;
    }

    private void createDemoUsers() {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        Team north = teams.save(new Team("North"));
        Team south = teams.save(new Team("South"));
        for (DemoUser demo : DEMO_USERS) {
            Team team = demo.team() == null ? null : demo.team().equals("North") ? north : south;
            users.save(switch (demo.role()) {
                case ADMIN -> AppUser.admin(demo.username(), hash, demo.displayName());
                case MANAGER -> AppUser.manager(demo.username(), hash, demo.displayName(), team);
                case REP -> AppUser.rep(demo.username(), hash, demo.displayName(), team);
            });
        }
        log.info("Demo mode: created {} demo users (password '{}')", DEMO_USERS.size(), DEMO_PASSWORD);
    }

    /** A demo login as the login page shows it. */
    public record DemoUser(String username, String displayName, Role role, String team) {
    }
}
