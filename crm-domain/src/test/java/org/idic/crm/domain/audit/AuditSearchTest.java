package org.idic.crm.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.audit.internal.AuditRetention;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@WithTestDatabase
class AuditSearchTest {

    @Autowired
    Scenario scenario;
    @Autowired
    AuditSearch search;
    @Autowired
    AuditRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    Long northCustomer;
    Long southCustomer;

    @BeforeEach
    void twoTeamsWorking() {
        scenario.reset();
        northCustomer = scenario.customerOf("rep1", "North Trading");
        southCustomer = scenario.customerOf("rep3", "South Trading");
        scenario.awaitEvents();
    }

    @Test
    void administratorsSeeEverythingAndManagersTheirTeamsCustomersAndPeople() {
        line("rep3", "UPDATE", "user", scenario.actor("rep1").userId(), Instant.now());

        List<String> admin = records(scenario.actor("admin"), AuditQuery.everything());
        List<String> north = records(scenario.actor("manager1"), AuditQuery.everything());
        List<String> south = records(scenario.actor("manager2"), AuditQuery.everything());

        assertThat(admin).contains("customer " + northCustomer, "customer " + southCustomer);
        assertThat(north).contains("customer " + northCustomer).doesNotContain("customer " + southCustomer);
        assertThat(north).contains("user " + scenario.actor("rep1").userId());
        assertThat(south).contains("customer " + southCustomer).doesNotContain("customer " + northCustomer);
        assertThatThrownBy(() -> search.search(scenario.actor("rep1"), AuditQuery.everything(), 10))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void filtersByUserActionRecordAndDays() {
        Instant old = LocalDate.of(2025, 5, 3).atTime(12, 0).atZone(clock.getZone()).toInstant();
        line("Rep1", "EXPORT", "customer", 99L, old);
        Actor admin = scenario.actor("admin");

        assertThat(records(admin, new AuditQuery("rep1", null, null, null, null, null, null, null)))
                .containsExactly("customer " + northCustomer, "customer 99");
        assertThat(records(admin, new AuditQuery(null, AuditAction.EXPORT, null, null, null, null, null, null)))
                .containsExactly("customer 99");
        assertThat(records(admin, new AuditQuery(null, null, "customer", southCustomer, null, null, null, null)))
                .containsExactly("customer " + southCustomer);
        LocalDate day = LocalDate.of(2025, 5, 3);
        assertThat(records(admin, new AuditQuery(null, null, null, null, day, day, null, null)))
                .containsExactly("customer 99");
        assertThat(records(admin, new AuditQuery(null, null, null, null, day.plusDays(1), day.plusDays(1), null,
                null))).isEmpty();
    }

    @Test
    void pagesFollowEachOtherNewestFirstWithoutGapsOrRepeats() {
        jdbc.update("delete from audit_event");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 25; i++) {
            // pairs of lines at the same instant: the id breaks the tie
            line("admin", "UPDATE", "customer", (long) i, start.plusSeconds(i / 2));
        }
        Actor admin = scenario.actor("admin");
        List<Long> seen = new ArrayList<>();
        AuditQuery query = AuditQuery.everything();
        AuditSearch.AuditPage page;
        do {
            page = search.search(admin, query, 10);
            page.entries().forEach(e -> seen.add(e.entityId()));
            if (!page.entries().isEmpty()) {
                query = query.after(page.entries().get(page.entries().size() - 1));
            }
        } while (page.hasMore());

        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo(24L);
        assertThat(seen.get(24)).isEqualTo(0L);
    }

    @Test
    void theRetentionPurgeRemovesOnlyLinesOlderThanThreeYears() {
        jdbc.update("delete from audit_event");
        Instant now = clock.instant();
        line("admin", "UPDATE", "customer", 1L, now.atZone(ZoneId.of("UTC")).minusYears(3).minusDays(1).toInstant());
        line("admin", "UPDATE", "customer", 2L, now.atZone(ZoneId.of("UTC")).minusYears(3).plusDays(1).toInstant());
        line("admin", "UPDATE", "customer", 3L, now);

        assertThat(retention.purge()).isEqualTo(1);

        assertThat(jdbc.queryForList("select entity_id from audit_event where action = 'UPDATE' order by entity_id",
                Long.class)).containsExactly(2L, 3L);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PURGE'", Integer.class))
                .isEqualTo(1);
    }

    private List<String> records(Actor actor, AuditQuery query) {
        return search.search(actor, query, 100).entries().stream().map(e -> e.entityType() + " " + e.entityId())
                .toList();
    }

    private void line(String actor, String action, String type, Long id, Instant at) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id) values (?, ?, ?, ?, ?)",
                Timestamp.from(at), actor, action, type, id);
    }
}
