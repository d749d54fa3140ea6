package org.idic.crm.app.demo;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a new demo installation with a believable book of business: about a thousand customers over
 * the demo reps (and a few for their managers), two years of orders, contacts, interactions and
 * complaints in every step. Deterministic: the same day gives the same data.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final SegmentationRuns runs;

    DemoData(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
            org.springframework.security.crypto.password.PasswordEncoder passwords, SegmentationRuns runs) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.passwords = passwords;
    }

    /** Writes the demo book, unless there are customers already. */
    public void createIfEmpty() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from customer)", Boolean.class))) {
            return;
        }
        SyntheticBookWriter.Written written = write(BookShape.demo(LocalDate.now(clock)));
        log.info("Demo mode: created {} customers, {} orders, {} interactions and {} complaints in {} ms",
                written.customers(), written.orders(), written.interactions(), written.complaints(),
                written.took().toMillis());
    }

    /**
     * Scores the demo book as of three months ago and as of today, so that every page and report
     * (tier migration included) has something to show from the first minute.
     */
    public void segmentTwice() {
        LocalDate today = LocalDate.now(clock);
        runs.runNow(RunTrigger.MANUAL, today.minusMonths(3), "demo setup");
        runs.runNow(RunTrigger.MANUAL, today, "demo setup");
    }

    /** Writes a book of this shape in one transaction. */
    public SyntheticBookWriter.Written write(BookShape shape) {
        return write(shape, clock.getZone());
    }

    /** Writes a book of this shape with its times in {@code zone}, in one transaction. */
    SyntheticBookWriter.Written write(BookShape shape, java.time.ZoneId zone) {
        List<SyntheticBookWriter.Owner> owners = owners();
        return transaction.execute(status -> jdbc.execute((java.sql.Connection c) -> {
            try {
                return new SyntheticBookWriter(shape, owners, zone).write(c);
            } catch (SQLException e) {
                throw new IllegalStateException("could not write the synthetic book: " + e.getMessage(), e);
            }
        }));
    }

    /**
     * Reps own three customers for every one a manager owns. A database without reps (generated data on
     * a production database) gets a team of ten synthetic reps who cannot sign in.
     */
    private List<SyntheticBookWriter.Owner> owners() {
        if (Boolean.FALSE.equals(jdbc.queryForObject("select exists (select 1 from app_user where enabled"
                + " and role in ('REP', 'MANAGER'))", Boolean.class))) {
            transaction.executeWithoutResult(status -> {
                Long team = jdbc.queryForObject("insert into team (name) values ('Synthetic') returning id", Long.class);
                for (int i = 1; i <= 10; i++) {
                    // the hash of a password nobody knows: these reps own customers, they do not sign in
                    jdbc.update("insert into app_user (username, password_hash, display_name, role, team_id) values"
                            + " (?, ?, ?, 'REP', ?)", "synthetic-rep" + i,
                            passwords.encode(java.util.UUID.randomUUID().toString()), "Synthetic rep " + i, team);
                }
            });
        }
        List<SyntheticBookWriter.Owner> owners = new ArrayList<>();
        jdbc.query("select id, team_id, role from app_user where enabled and role in ('REP', 'MANAGER') order by id",
                rs -> {
                    var owner = new SyntheticBookWriter.Owner(rs.getLong(1), rs.getLong(2));
                    int weight = rs.getString(3).equals("REP") ? 3 : 1;
                    for (int i = 0; i < weight; i++) {
                        owners.add(owner);
                    }
                });
        return owners;
    }
}
