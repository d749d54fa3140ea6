package org.idic.crm.domain.activity.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-day counts of interactions and follow-ups behind the team report (tables interaction_day and
 * follow_up_day, kept by database triggers) count days in the business time zone. On start the
 * application records its zone; when it differs from the one the counts were made in, every
 * interaction is counted again, in one transaction.
 */
@Component
public class ActivityCounts {

    private static final Logger log = LoggerFactory.getLogger(ActivityCounts.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ActivityCounts(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ContextRefreshedEvent.class)
    void useTheBusinessZone() {
        String zone = clock.getZone().normalized().getId();
        transaction.executeWithoutResult(status -> {
            String recorded = jdbc.queryForObject("select zone from business_zone for update", String.class);
            if (!zone.equals(recorded)) {
                log.info("Business time zone {} (the activity counts were made in {}): counting again", zone,
                        recorded);
                jdbc.update("update business_zone set zone = ?", zone);
                jdbc.queryForObject("select recount_interactions()", Object.class);
            }
        });
    }
}
