package org.idic.crm.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Changes reach the audit trail as events kept in the event publication registry until their line is
 * written: after the change commits, never for a change that rolled back, and not lost when writing the
 * line fails.
 */
@SpringBootTest
@WithTestDatabase
class AuditEventsTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Customers customers;
    @Autowired
    FailedEventPublications failed;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        scenario.reset();
        Events.clearAuditTrail(jdbc);
    }

    @AfterEach
    void putTheTrailBack() {
        jdbc.execute("alter table if exists audit_event_away rename to audit_event");
    }

    @Test
    void aChangeIsAuditedOnceItCommits() {
        Long id = scenario.customerOf("rep1", "Evergreen Foods");

        scenario.awaitEvents();
        assertThat(lines()).containsExactly("rep1 CREATE customer " + id);
    }

    @Test
    void aChangeThatIsRefusedLeavesNoLineAndNoEvent() {
        assertThatThrownBy(() -> customers.create(scenario.actor("rep1"),
                org.idic.crm.domain.customer.CustomerKind.INDIVIDUAL, Scenario.details("  "), null))
                .isInstanceOf(RuleViolationException.class);

        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isZero();
        assertThat(lines()).isEmpty();
    }

    @Test
    void anEventWhoseLineCouldNotBeWrittenIsKeptAndWrittenWhenSubmittedAgain() {
        jdbc.execute("alter table audit_event rename to audit_event_away");

        Long id = scenario.customerOf("rep1", "Evergreen Foods");

        // the change committed; writing its line failed, and the registry keeps the event as failed
        assertThat(jdbc.queryForObject("select count(*) from customer where id = ?", Integer.class, id)).isOne();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(jdbc.queryForObject(
                "select max(status) from event_publication", String.class)));

        jdbc.execute("alter table audit_event_away rename to audit_event");
        failed.resubmit(ResubmissionOptions.defaults());

        scenario.awaitEvents();
        assertThat(lines()).containsExactly("rep1 CREATE customer " + id);
    }

    private java.util.List<String> lines() {
        return jdbc.queryForList("select actor || ' ' || action || ' ' || entity_type || ' ' || entity_id"
                + " from audit_event order by id", String.class);
    }
}
