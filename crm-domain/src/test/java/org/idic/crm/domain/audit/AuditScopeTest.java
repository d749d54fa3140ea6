package org.idic.crm.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.ContactDetails;
import org.idic.crm.domain.customer.Contacts;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a manager reads of the audit trail: every line about their team's customers and those customers'
 * contacts, orders, interactions and complaints; nothing of another team's, even what their own people
 * did to a customer that has since moved to another team (a customer's history goes with the customer).
 */
@SpringBootTest
@WithTestDatabase
class AuditScopeTest {

    @Autowired
    Scenario scenario;
    @Autowired
    AuditSearch search;
    @Autowired
    Customers customers;
    @Autowired
    Contacts contacts;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void demoTeams() {
        scenario.reset();
    }

    @Test
    void aManagerReadsEveryRecordOfTheirTeamsCustomersAndNoneOfAnotherTeams() {
        Scenario.Book north = scenario.bookOf("rep1");
        Scenario.Book south = scenario.bookOf("rep3");
        // someone outside the team works on the team's customer
        Long adminsContact = contacts.add(scenario.actor("admin"), north.customer(), new ContactDetails("Wang Fang",
                "Buyer", null, null, null, null, null, false));
        scenario.awaitEvents();

        List<String> manager1 = records("manager1");
        List<String> manager2 = records("manager2");

        assertThat(manager1).containsAll(lines(north)).contains("contact " + adminsContact)
                .doesNotContainAnyElementsOf(lines(south));
        assertThat(manager2).doesNotContain("contact " + adminsContact);
        assertThat(manager2).containsAll(lines(south)).doesNotContainAnyElementsOf(lines(north));
        assertThat(records("admin")).containsAll(lines(north)).containsAll(lines(south));
    }

    @Test
    void aCustomerMovedToAnotherTeamTakesItsWholeHistoryAlong() {
        Scenario.Book book = scenario.bookOf("rep1");
        line("rep1", "LOGIN_SUCCESS", null, null);
        customers.reassign(scenario.actor("admin"), book.customer(), scenario.actor("rep3").userId());
        scenario.awaitEvents();

        List<String> manager1 = records("manager1");
        List<String> manager2 = records("manager2");

        assertThat(manager2).containsAll(lines(book));
        assertThat(manager1).as("what rep1 did to it went with the customer").doesNotContainAnyElementsOf(lines(book))
                .contains("null null"); // rep1's sign-in stays with rep1's team
        assertThat(manager2).doesNotContain("null null");
    }

    @Test
    void theLinesOfADeletedContactStayWithItsCustomersTeam() {
        Scenario.Book book = scenario.bookOf("rep1");
        contacts.delete(scenario.actor("rep1"), book.contact());
        scenario.awaitEvents();

        assertThat(actions("manager1", "contact", book.contact())).containsExactly("DELETE", "CREATE");
        assertThat(actions("manager2", "contact", book.contact())).isEmpty();
    }

    private static List<String> lines(Scenario.Book book) {
        return List.of("customer " + book.customer(), "contact " + book.contact(), "order " + book.order(),
                "interaction " + book.interaction(), "complaint " + book.complaint());
    }

    private List<String> records(String viewer) {
        return search.search(scenario.actor(viewer), AuditQuery.everything(), 500).entries().stream()
                .map(e -> e.entityType() + " " + e.entityId()).toList();
    }

    private List<String> actions(String viewer, String type, Long id) {
        Actor actor = scenario.actor(viewer);
        return search.search(actor, new AuditQuery(null, null, type, id, null, null, null, null), 50).entries()
                .stream().map(AuditEntry::action).toList();
    }

    private void line(String actor, String action, String type, Long id) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, entity_type, entity_id) values (?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), actor, action, type, id);
    }
}
