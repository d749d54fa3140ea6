package org.idic.crm.domain.testsupport;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests and the events between the modules: their listeners run after the publishing transaction
 * commits, on threads of their own, so a test that reads what a listener writes (an audit line, a last
 * activity) first waits for them.
 */
public final class Events {

    private Events() {
    }

    /**
     * Waits until every event published so far has been handled (the registry deletes a publication once
     * it is). A listener that fails leaves its publication, and this fails the test naming it.
     */
    public static void awaitHandled(JdbcTemplate jdbc) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from event_publication", Integer.class) == 0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("events not handled: " + jdbc.queryForList("select listener_id, event_type,"
                    + " status, completion_attempts, serialized_event from event_publication"), e);
        }
    }

    /** Empties the audit trail, once the lines of what the test did so far are written. */
    public static void clearAuditTrail(JdbcTemplate jdbc) {
        awaitHandled(jdbc);
        jdbc.update("delete from audit_event");
    }
}
