package org.idic.crm.domain.user.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.support.BaseEntity;

/**
 * Someone who signs in. Reps and managers belong to exactly one team (a manager leads it);
 * administrators belong to none.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    @Column(nullable = false, length = 64, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(length = 16)
    private String locale;

    @Column(length = 200)
    private String email;

    /** Set by an administrator's reset: nothing but choosing a new password until it is cleared. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected AppUser() {
    }

    private AppUser(String username, String passwordHash, String displayName, Role role, Team team) {
        String name = username == null ? null : username.strip();
        if (name == null || !name.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new RuleViolationException("username", "user.username.invalid");
        }
        this.username = name;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = displayName == null || displayName.isBlank() ? name : displayName.strip();
        place(role, team);
    }

    /** A new account of any role, with a one-time password its owner must replace at the first sign-in. */
    public static AppUser create(String username, String oneTimeHash, String displayName, Role role, Team team) {
        AppUser user = new AppUser(username, oneTimeHash, displayName, role, team);
        user.mustChangePassword = true;
        return user;
    }

    /** Administrators belong to no team; managers and reps to exactly one. */
    public void place(Role newRole, Team newTeam) {
        if (newRole == null) {
            throw new RuleViolationException("role", "user.role.required");
        }
        if (newRole == Role.ADMIN && newTeam != null) {
            throw new RuleViolationException("teamId", "user.team.notForAdmin");
        }
        if (newRole != Role.ADMIN && newTeam == null) {
            throw new RuleViolationException("teamId", "user.team.required");
        }
        this.role = newRole;
        this.team = newTeam;
    }

    public void describe(String newDisplayName, String newEmail) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new RuleViolationException("displayName", "user.displayName.required");
        }
        if (newDisplayName.strip().length() > 120) {
            throw new RuleViolationException("displayName", "user.displayName.tooLong", 120);
        }
        String mail = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        if (mail != null && (mail.length() > 200 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new RuleViolationException("email", "user.email.invalid");
        }
        this.displayName = newDisplayName.strip();
        this.email = mail;
    }

    /** A password set by an administrator: usable once, to sign in and choose a new one. */
    public void resetPassword(String oneTimeHash) {
        this.passwordHash = Objects.requireNonNull(oneTimeHash);
        this.mustChangePassword = true;
    }

    public static AppUser admin(String username, String passwordHash, String displayName) {
        return new AppUser(username, passwordHash, displayName, Role.ADMIN, null);
    }

    public static AppUser manager(String username, String passwordHash, String displayName, Team team) {
        return new AppUser(username, passwordHash, displayName, Role.MANAGER, Objects.requireNonNull(team));
    }

    public static AppUser rep(String username, String passwordHash, String displayName, Team team) {
        return new AppUser(username, passwordHash, displayName, Role.REP, Objects.requireNonNull(team));
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void preferLocale(String languageTag) {
        this.locale = languageTag;
    }

    /** The user chose a new password themselves. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
    }

    public String getEmail() {
        return email;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Team getTeam() {
        return team;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLocale() {
        return locale;
    }
}
