package org.idic.crm.domain.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection that a stranger cannot turn against a colleague (docs/administration.md):
 * <ul>
 * <li>{@value #MAX_FAILURES} failures of a username from one client address within {@link #WINDOW} lock
 * that username <em>from that address</em> for {@link #LOCK};</li>
 * <li>{@value #GLOBAL_MAX_FAILURES} failures of a username from all addresses together within
 * {@link #GLOBAL_WINDOW} lock it for {@link #LOCK} from every address except those the user signed in
 * from successfully in the last {@link #KNOWN_FOR} — so a distributed guesser is stopped, while the
 * user at their own desk still gets in.</li>
 * </ul>
 * Kept in the database (every instance applies the same limits), keyed by {@link Usernames#key} whether
 * or not such a user exists, so it reveals nothing.
 */
@Service
@Transactional
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int GLOBAL_MAX_FAILURES = 20;
    public static final Duration GLOBAL_WINDOW = Duration.ofHours(1);
    public static final Duration KNOWN_FOR = Duration.ofDays(30);
    /** The address under which the lock over all addresses is kept. */
    static final String EVERYWHERE = "*";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** When the username may try again from this address, if it is locked there now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        String key = Usernames.key(username);
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Instant> here = until(key, address(address), now);
        if (here.isPresent()) {
            return here;
        }
        Optional<Instant> everywhere = until(key, EVERYWHERE, now);
        return everywhere.isPresent() && !known(key, address(address)) ? everywhere : Optional.empty();
    }

    /** Counts one failed attempt; it may lock the username from this address, or from strangers' ones. */
    public void recordFailure(String username, String address) {
        String key = Usernames.key(username);
        String from = address(address);
        Instant now = clock.instant();
        jdbc.update("insert into login_failure (username, address, failed_at) values (?, ?, ?)", key, from,
                Timestamp.from(now));
        if (count("and address = ? and failed_at > ?", key, from, Timestamp.from(now.minus(WINDOW))) >= MAX_FAILURES) {
            lock(key, from, now);
            // the failures stay: they still count towards the limit over all addresses
            audit.recordNow(username, AuditAction.LOGIN_LOCKOUT, null, null, "{\"address\":\"" + from + "\"}");
        }
        if (count("and failed_at > ?", key, Timestamp.from(now.minus(GLOBAL_WINDOW))) >= GLOBAL_MAX_FAILURES
                && until(key, EVERYWHERE, Timestamp.from(now)).isEmpty()) {
            lock(key, EVERYWHERE, now);
            audit.recordNow(username, AuditAction.LOGIN_LOCKOUT, null, null, "{\"address\":\"*\"}");
        }
        // failures older than the longest window no longer count; drop them so the table stays small
        jdbc.update("delete from login_failure where failed_at <= ?", Timestamp.from(now.minus(GLOBAL_WINDOW)));
    }

    /** A successful sign-in wipes the failures from its address and makes the address a known one. */
    public void recordSuccess(String username, String address) {
        String key = Usernames.key(username);
        String from = address(address);
        jdbc.update("delete from login_failure where username = ? and address = ?", key, from);
        jdbc.update("""
                insert into login_known_address (username, address, last_success) values (?, ?, ?)
                on conflict (username, address) do update set last_success = excluded.last_success""",
                key, from, Timestamp.from(clock.instant()));
    }

    private Optional<Instant> until(String key, String address, Timestamp now) {
        return jdbc.query("select locked_until from login_lock where username = ? and address = ? and locked_until > ?",
                (rs, n) -> rs.getTimestamp(1).toInstant(), key, address, now).stream().findFirst();
    }

    private boolean known(String key, String address) {
        Integer n = jdbc.queryForObject("select count(*) from login_known_address where username = ? and address = ?"
                + " and last_success > ?", Integer.class, key, address, Timestamp.from(clock.instant().minus(KNOWN_FOR)));
        return n != null && n > 0;
    }

    private int count(String condition, Object... arguments) {
        Integer n = jdbc.queryForObject("select count(*) from login_failure where username = ? " + condition,
                Integer.class, arguments);
        return n == null ? 0 : n;
    }

    private void lock(String key, String address, Instant now) {
        jdbc.update("""
                insert into login_lock (username, address, locked_until) values (?, ?, ?)
                on conflict (username, address) do update set locked_until = excluded.locked_until""",
                key, address, Timestamp.from(now.plus(LOCK)));
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}
