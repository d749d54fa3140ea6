package org.idic.crm.domain.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.support.Changes;
import org.idic.crm.domain.user.internal.AppUser;
import org.idic.crm.domain.user.internal.Team;
import org.idic.crm.domain.user.internal.TeamRepository;
import org.idic.crm.domain.user.internal.UserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create, change, disable and enable accounts and reset passwords. The guards: nobody
 * disables or demotes themselves or the last enabled administrator; a person who holds customers (or
 * open complaints) leaves or changes team only with a successor, who takes everything over in the same
 * transaction. Every change is audited.
 */
@Service
@Transactional
public class UserAdministration {

    static final String ENTITY = "user";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 16;

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder encoder;
    private final List<Books> books;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(UserRepository users, TeamRepository teams, PasswordEncoder encoder, List<Books> books,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.books = books;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A new account; the one-time password is the one given, or a generated one (shown once). */
    public Created create(Actor actor, UserForm form) {
        requireAdmin(actor, null, "create a user");
        String key = Usernames.key(form.username());
        if (!key.isEmpty() && users.findByKey(key).isPresent()) {
            throw new RuleViolationException("username", "user.username.taken");
        }
        String password = oneTimePassword(form.oneTimePassword(), form.username());
        AppUser user = AppUser.create(form.username(), encoder.encode(password), form.displayName(), form.role(),
                team(form.role(), form.teamId()));
        user.describe(form.displayName(), form.email());
        user.preferLocale(locale(form.locale()));
        users.saveAndFlush(user);
        events.publishEvent(Audited.of(actor, AuditAction.CREATE, ENTITY, user.getId(), Changes.of(values(user)),
                clock.instant()));
        return new Created(user.getId(), blank(form.oneTimePassword()) ? password : null);
    }

    /**
     * Saves an edit (not the username or the password). A changed team, or a rep or manager made
     * administrator, needs a successor when the user holds customers.
     */
    public void update(Actor actor, Long id, long version, UserForm form, Long successorId) {
        requireAdmin(actor, id, "change a user");
        AppUser user = find(id);
        ConcurrentEditException.check(ENTITY, id, version, user.getVersion());
        Map<String, Object> before = values(user);
        Team newTeam = team(form.role(), form.teamId());
        boolean roleChanges = form.role() != user.getRole();
        boolean moves = !Objects.equals(teamId(user.getTeam()), teamId(newTeam)) || form.role() == Role.ADMIN;
        if (roleChanges && id.equals(actor.userId())) {
            throw new RuleViolationException("role", "user.self.role");
        }
        if (roleChanges && user.getRole() == Role.ADMIN) {
            requireAnotherAdmin(user);
        }
        if (moves && user.getRole() != Role.ADMIN) {
            handOver(actor, user, successorId);
        }
        user.place(form.role(), newTeam);
        user.describe(form.displayName(), form.email());
        user.preferLocale(locale(form.locale()));
        users.flush();
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, ENTITY, id, Changes.between(before, values(user)),
                clock.instant()));
    }

    /** Signs the user out at their next request and keeps them out; their book goes to the successor. */
    public void disable(Actor actor, Long id, Long successorId) {
        requireAdmin(actor, id, "disable a user");
        AppUser user = find(id);
        if (id.equals(actor.userId())) {
            throw new RuleViolationException(null, "user.self.disable");
        }
        if (!user.isEnabled()) {
            return;
        }
        if (user.getRole() == Role.ADMIN) {
            requireAnotherAdmin(user);
        }
        handOver(actor, user, successorId);
        user.disable();
        events.publishEvent(Audited.of(actor, AuditAction.DISABLE, ENTITY, id,
                Changes.between(Map.of("enabled", true), Map.of("enabled", false)), clock.instant()));
    }

    public void enable(Actor actor, Long id) {
        requireAdmin(actor, id, "enable a user");
        AppUser user = find(id);
        if (user.isEnabled()) {
            return;
        }
        user.enable();
        events.publishEvent(Audited.of(actor, AuditAction.ENABLE, ENTITY, id,
                Changes.between(Map.of("enabled", false), Map.of("enabled", true)), clock.instant()));
    }

    /** A one-time password (the one given, or a generated one that is returned to show once). */
    public String resetPassword(Actor actor, Long id, String oneTimePassword) {
        requireAdmin(actor, id, "reset a password");
        AppUser user = find(id);
        String password = oneTimePassword(oneTimePassword, user.getUsername());
        user.resetPassword(encoder.encode(password));
        events.publishEvent(Audited.of(actor, AuditAction.PASSWORD_RESET, ENTITY, id, null, clock.instant()));
        return password;
    }

    /** How many records the user holds (customers, open complaints) that a successor must take over. */
    @Transactional(readOnly = true)
    public long heldBy(Long userId) {
        return books.stream().mapToLong(b -> b.heldBy(userId)).sum();
    }

    /** The user's version, for an edit form (a conflicting edit is refused). */
    @Transactional(readOnly = true)
    public long version(Long id) {
        return find(id).getVersion();
    }

    private void handOver(Actor actor, AppUser user, Long successorId) {
        if (heldBy(user.getId()) == 0) {
            return;
        }
        AppUser successor = successorId == null ? null : users.findById(successorId).orElse(null);
        if (successor == null) {
            throw new RuleViolationException("successorId", "user.successor.required");
        }
        if (successor.getId().equals(user.getId()) || !successor.isEnabled() || successor.getRole() == Role.ADMIN) {
            throw new RuleViolationException("successorId", "user.successor.notAllowed");
        }
        books.forEach(b -> b.handOver(actor, user.getId(), successor.getId()));
        if (heldBy(user.getId()) != 0) {
            throw new IllegalStateException("records of user " + user.getId() + " were left after the hand-over");
        }
    }

    private void requireAnotherAdmin(AppUser admin) {
        boolean another = users.lockEnabled(Role.ADMIN).stream().anyMatch(u -> !u.getId().equals(admin.getId()));
        if (admin.isEnabled() && !another) {
            throw new RuleViolationException(null, "user.lastAdmin");
        }
    }

    private String oneTimePassword(String given, String username) {
        if (!blank(given)) {
            PasswordPolicy.require("oneTimePassword", given, username);
            return given;
        }
        StringBuilder generated = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            generated.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return generated.toString();
    }

    private Team team(Role role, Long teamId) {
        if (role == Role.ADMIN || teamId == null) {
            return null;
        }
        return teams.findById(teamId).orElseThrow(() -> new RuleViolationException("teamId", "user.team.unknown"));
    }

    private AppUser find(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Refused and recorded at once (the request is about to fail). */
    void requireAdmin(Actor actor, Long id, String what) {
        if (!actor.isAdmin()) {
            audit.recordNow(actor.username(), AuditAction.ACCESS_DENIED, ENTITY, id, "tried to " + what);
            throw new NotPermittedException("only administrators " + what);
        }
    }

    static String locale(String tag) {
        if (blank(tag)) {
            return null;
        }
        if (!tag.equals("en") && !tag.equals("zh-CN")) {
            throw new RuleViolationException("locale", "user.locale.unknown");
        }
        return tag;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Long teamId(Team team) {
        return team == null ? null : team.getId();
    }

    private static Map<String, Object> values(AppUser user) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", user.getUsername());
        values.put("displayName", user.getDisplayName());
        values.put("email", user.getEmail());
        values.put("role", user.getRole());
        values.put("team", user.getTeam() == null ? null : user.getTeam().getName());
        values.put("locale", user.getLocale());
        return values;
    }

    /** The new user's id, and the generated one-time password to show once (null when one was given). */
    public record Created(Long id, String generatedPassword) {
    }
}
