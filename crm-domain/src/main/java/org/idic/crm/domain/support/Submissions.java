package org.idic.crm.domain.support;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once-only submissions: a create form (or an import) carries a one-time token, and the work it asks
 * for runs at most once per user and token, however often the same submission arrives (double click,
 * browser retry, back and resubmit). The token is claimed in the transaction that does the work, so:
 * a repeat after the first committed runs nothing and gets the first one's result; a repeat arriving
 * while the first is still working waits for it (the claim's row lock) and then does the same; and a
 * first attempt that fails (a rule refused it) claims nothing, so the corrected form can be sent again.
 */
@Service
public class Submissions {

    /** How long a token is remembered: far longer than anyone keeps a form open before resubmitting. */
    static final Duration KEPT = Duration.ofDays(2);
    private static final int MAX_TOKEN = 64;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Submissions(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Runs {@code work} (which returns where its result is, e.g. {@code /customers/42}) unless this user
     * already submitted this token, and returns the result of the one run. Without a usable token (an old
     * page, a client that sends none) the work simply runs.
     */
    public String once(Long userId, String token, Supplier<String> work) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return work.get();
        }
        return transaction.execute(status -> {
            java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
            jdbc.update("delete from form_submission where user_id = ? and created_at < ?", userId,
                    java.sql.Timestamp.from(clock.instant().minus(KEPT)));
            int claimed = jdbc.update("insert into form_submission (user_id, token, created_at) values (?, ?, ?)"
                    + " on conflict do nothing", userId, token, now);
            if (claimed == 0) {
                List<String> first = jdbc.queryForList(
                        "select result from form_submission where user_id = ? and token = ?", String.class, userId,
                        token);
                return first.get(0);
            }
            String result = work.get();
            jdbc.update("update form_submission set result = ? where user_id = ? and token = ?", result, userId,
                    token);
            return result;
        });
    }
}
