package org.idic.crm.domain.user;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idic.crm.domain.user.internal.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user accounts as the rest of the application sees them (read models only; the entities stay in
 * this module), and the few changes a user makes to their own account.
 */
@Service
@Transactional
public class UserAccounts {

    private final UserRepository users;

    UserAccounts(UserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<UserView> find(Long id) {
        return id == null ? Optional.empty() : users.findById(id).map(UserView::of);
    }

    /** The account of a username (any case), if there is one. */
    @Transactional(readOnly = true)
    public Optional<UserView> byUsername(String username) {
        return users.findByKey(Usernames.key(username)).map(UserView::of);
    }

    /** The display names of these users, by id (unknown ids are left out). */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        users.findAllById(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(u -> names.put(u.getId(), u.getDisplayName()));
        return names;
    }

    /** The account and its password hash, for signing in. */
    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String username) {
        return users.findByKey(Usernames.key(username)).map(u -> new Credentials(UserView.of(u), u.getPasswordHash()));
    }

    @Transactional(readOnly = true)
    public List<UserView> all() {
        return users.findAllWithTeams().stream().map(UserView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<UserView> team(Long teamId) {
        return users.findByTeamId(teamId).stream().map(UserView::of).toList();
    }

    /** Remembers the language a user chose, for their next visit from any browser. */
    public void preferLocale(Long userId, String languageTag) {
        users.findById(userId).ifPresent(u -> u.preferLocale(languageTag));
    }

    /** A user and their password hash. */
    public record Credentials(UserView user, String passwordHash) {
    }
}
