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

    protected AppUser() {
    }

    private AppUser(String username, String passwordHash, String displayName, Role role, Team team) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new RuleViolationException("username", "user.username.invalid");
        }
        if ((role == Role.ADMIN) != (team == null)) {
            throw new RuleViolationException("teamId", "user.team.required");
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        this.role = Objects.requireNonNull(role);
        this.team = team;
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

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
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
