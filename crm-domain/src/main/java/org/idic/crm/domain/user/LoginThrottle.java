package org.idic.crm.domain.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-in for a username for {@link #LOCK} after {@link #MAX_FAILURES} failures within
 * {@link #WINDOW}. Kept in the database so that every application instance applies the same limit,
 * and keyed by the typed username whether or not such a user exists, so it reveals nothing.
 */
@Service
@Transactional
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the username may try again, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return jdbc.query("select locked_until from login_lock where username = ? and locked_until > ?",
                        (rs, n) -> rs.getTimestamp(1).toInstant(), key(username), Timestamp.from(clock.instant()))
                .stream().findFirst();
    }

    /** Counts one failed attempt; the {@value #MAX_FAILURES}th inside the window locks the username. */
    public void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        jdbc.update("insert into login_failure (username, failed_at) values (?, ?)", key, Timestamp.from(now));
        Integer recent = jdbc.queryForObject(
                "select count(*) from login_failure where username = ? and failed_at > ?",
                Integer.class, key, Timestamp.from(now.minus(WINDOW)));
        if (recent != null && recent >= MAX_FAILURES) {
            jdbc.update("""
                    insert into login_lock (username, locked_until) values (?, ?)
                    on conflict (username) do update set locked_until = excluded.locked_until""",
                    key, Timestamp.from(now.plus(LOCK)));
            jdbc.update("delete from login_failure where username = ?", key);
        }
        // old failures no longer count; drop them so the table stays small
        jdbc.update("delete from login_failure where failed_at <= ?", Timestamp.from(now.minus(WINDOW)));
    }

    /** A successful sign-in wipes the failures that led up to it. */
    public void recordSuccess(String username) {
        jdbc.update("delete from login_failure where username = ?", key(username));
    }

    private static String key(String username) {
        String typed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return typed.length() > 200 ? typed.substring(0, 200) : typed;
    }
}
