package org.idic.crm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.domain.workday.MyDay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Changes of many customers: scope on every row, all or nothing, the single reassignment's rule, audit. */
@SpringBootTest
@WithTestDatabase
class CustomerBulkTest {

    @Autowired
    Scenario scenario;
    @Autowired
    CustomerBulk bulk;
    @Autowired
    Customers customers;
    @Autowired
    MyDay myDay;
    @Autowired
    JdbcTemplate jdbc;

    Scenario.Book first;
    Scenario.Book second;
    Long rep3Customer;

    @BeforeEach
    void booksOfRep1AndACustomerOfRep3() {
        scenario.reset();
        first = scenario.bookOf("rep1");
        second = scenario.bookOf("rep1");
        rep3Customer = scenario.customerOf("rep3", "Other Team Trading");
        scenario.awaitEvents();
        Events.clearAuditTrail(jdbc);
    }

    @Test
    void aManagerReassignsSeveralCustomersAndTheirOpenComplaintsAndFollowUpsGoAlong() {
        Actor manager = scenario.actor("manager1");
        List<Long> ids = List.of(first.customer(), second.customer());
        BulkChange change = BulkChange.reassignTo(userId("rep2"));

        BulkPreview preview = bulk.preview(manager, ids, change);
        assertThat(preview.changing()).isEqualTo(2);
        assertThat(preview.newOwnerName()).isNotBlank();
        CustomerBulk.BulkResult result = bulk.apply(manager, ids, change, preview.fingerprint());

        assertThat(result.changed()).isEqualTo(2);
        assertThat(owners(ids)).containsOnly("rep2");
        assertThat(jdbc.queryForList("select u.username from complaint k join app_user u on u.id = k.handler_id"
                + " where k.id in (?, ?)", String.class, first.complaint(), second.complaint())).containsOnly("rep2");
        assertThat(myDay.followUps(scenario.actor("rep2"))).extracting(MyDay.FollowUp::interactionId)
                .contains(first.interaction(), second.interaction());
        assertThat(myDay.followUps(scenario.actor("rep1"))).isEmpty();
        scenario.awaitEvents();
        assertThat(jdbc.queryForList("select entity_id from audit_event where action = 'REASSIGN'", Long.class))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aCustomerOutsideTheScopeRefusesTheWholeChangeAndIsAudited() {
        Actor manager = scenario.actor("manager1");
        List<Long> crafted = List.of(first.customer(), rep3Customer);
        String before = scenario.fingerprint();

        assertThatThrownBy(() -> bulk.preview(manager, crafted, BulkChange.addTag("x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bulk.apply(manager, crafted, BulkChange.reassignTo(userId("rep2")), "any"))
                .isInstanceOf(NotFoundException.class);

        assertThat(scenario.fingerprint()).isEqualTo(before);
        assertThat(jdbc.queryForList("select entity_id from audit_event where action = 'ACCESS_DENIED'", Long.class))
                .containsOnly(rep3Customer);
    }

    @Test
    void aRepMayTagTheirCustomersButNotReassignThem() {
        Actor rep = scenario.actor("rep1");
        List<Long> ids = List.of(first.customer(), second.customer());
        String before = scenario.fingerprint();

        assertThatThrownBy(() -> bulk.preview(rep, ids, BulkChange.reassignTo(userId("rep2"))))
                .isInstanceOf(NotPermittedException.class);
        assertThat(scenario.fingerprint()).isEqualTo(before);

        BulkPreview preview = bulk.preview(rep, ids, BulkChange.addTag("spring fair"));
        assertThat(bulk.apply(rep, ids, BulkChange.addTag("spring fair"), preview.fingerprint()).changed())
                .isEqualTo(2);
        assertThat(customers.get(rep, first.customer()).tags()).containsExactly("vip", "spring fair");
    }

    @Test
    void aManagerCannotGiveCustomersToAnotherTeamAndNothingChanges() {
        Actor manager = scenario.actor("manager1");
        List<Long> ids = List.of(first.customer(), second.customer());
        BulkPreview preview = bulk.preview(manager, ids, BulkChange.addTag("x"));
        String before = scenario.fingerprint();

        assertThatThrownBy(() -> bulk.apply(manager, ids, BulkChange.reassignTo(userId("rep3")),
                preview.fingerprint())).isInstanceOf(RuleViolationException.class);
        assertThat(scenario.fingerprint()).isEqualTo(before);
    }

    @Test
    void anAdministratorReassignsAcrossTeams() {
        Actor admin = scenario.actor("admin");
        List<Long> ids = List.of(first.customer(), rep3Customer);
        BulkChange change = BulkChange.reassignTo(userId("rep2"));
        bulk.apply(admin, ids, change, bulk.preview(admin, ids, change).fingerprint());
        assertThat(owners(ids)).containsOnly("rep2");
    }

    @Test
    void aCustomerChangedAfterTheConfirmationRefusesTheWholeChange() {
        Actor manager = scenario.actor("manager1");
        List<Long> ids = List.of(first.customer(), second.customer());
        BulkChange change = BulkChange.removeTag("vip");
        BulkPreview preview = bulk.preview(manager, ids, change);
        // someone else edits one of them meanwhile
        CustomerView seen = customers.get(scenario.actor("rep1"), second.customer());
        customers.update(scenario.actor("rep1"), second.customer(), seen.version(), Scenario.details("Renamed"));
        scenario.awaitEvents();
        String before = scenario.fingerprint();

        assertThatThrownBy(() -> bulk.apply(manager, ids, change, preview.fingerprint()))
                .isInstanceOf(BulkConflictException.class);

        assertThat(scenario.fingerprint()).isEqualTo(before);
        assertThat(customers.get(manager, first.customer()).tags()).contains("vip");
    }

    @Test
    void onlyCustomersTheChangeChangesAreCountedChangedAndAudited() {
        Actor manager = scenario.actor("manager1");
        List<Long> ids = List.of(first.customer(), second.customer());
        BulkChange removeVip = BulkChange.removeTag("vip");
        bulk.apply(manager, List.of(first.customer()), removeVip,
                bulk.preview(manager, List.of(first.customer()), removeVip).fingerprint());
        scenario.awaitEvents();
        Events.clearAuditTrail(jdbc);

        BulkChange addVip = BulkChange.addTag("vip");
        BulkPreview preview = bulk.preview(manager, ids, addVip);
        assertThat(preview.selected()).isEqualTo(2);
        assertThat(preview.changing()).isEqualTo(1);
        assertThat(bulk.apply(manager, ids, addVip, preview.fingerprint()).changed()).isEqualTo(1);

        scenario.awaitEvents();
        assertThat(jdbc.queryForList("select entity_id || ' ' || details from audit_event where action = 'UPDATE'",
                String.class)).containsExactly(first.customer() + " {\"tags\":[\"\",\"vip\"]}");
    }

    @Test
    void aSelectionMustBeSomeCustomersAndAtMostTheLimitAndATagMustBeGiven() {
        Actor admin = scenario.actor("admin");
        assertThatThrownBy(() -> bulk.preview(admin, List.of(), BulkChange.addTag("x")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("bulk.none");
        List<Long> tooMany = java.util.stream.LongStream.rangeClosed(1, CustomerBulk.LIMIT + 1).boxed().toList();
        assertThatThrownBy(() -> bulk.preview(admin, tooMany, BulkChange.addTag("x")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("bulk.tooMany");
        assertThatThrownBy(() -> BulkChange.addTag("  ")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> BulkChange.addTag("x".repeat(41))).isInstanceOf(RuleViolationException.class);
    }

    private Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private List<String> owners(List<Long> ids) {
        return ids.stream().map(id -> jdbc.queryForObject("select u.username from customer c join app_user u"
                + " on u.id = c.owner_id where c.id = ?", String.class, id)).toList();
    }
}
