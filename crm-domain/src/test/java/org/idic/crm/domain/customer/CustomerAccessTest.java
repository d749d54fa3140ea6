package org.idic.crm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.CustomerSearch;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.domain.workday.MyDay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@WithTestDatabase
class CustomerAccessTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Customers customers;
    @Autowired
    CustomerSearch search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MyDay myDay;

    Long rep1Customer;

    @BeforeEach
    void oneCustomerOfRep1() {
        scenario.reset();
        rep1Customer = scenario.customerOf("rep1", "Acme Trading");
    }

    @ParameterizedTest(name = "{0} sees rep1''s customer: {1}")
    @CsvSource({"rep1, true", "rep2, false", "rep3, false", "manager1, true", "manager2, false", "admin, true"})
    void visibilityFollowsOwnershipAndTeam(String user, boolean sees) {
        Actor actor = scenario.actor(user);

        if (sees) {
            assertThat(customers.get(actor, rep1Customer).name()).isEqualTo("Acme Trading");
        } else {
            assertThatThrownBy(() -> customers.get(actor, rep1Customer)).isInstanceOf(NotFoundException.class);
        }
        assertThat(search.search(actor, CustomerQuery.firstPage()).rows()).hasSize(sees ? 1 : 0);
        assertThat(search.search(actor, CustomerQuery.firstPage()).total()).isEqualTo(sees ? 1 : 0);
    }

    @Test
    void repCannotChangeOtherRepsCustomerAndNothingChanges() {
        CustomerView before = customers.get(scenario.actor("admin"), rep1Customer);

        assertThatThrownBy(() -> customers.update(scenario.actor("rep2"), rep1Customer, before.version(),
                Scenario.details("Hijacked"))).isInstanceOf(NotFoundException.class);

        assertThat(customers.get(scenario.actor("admin"), rep1Customer).name()).isEqualTo("Acme Trading");
        assertThat(jdbc.queryForList("select details from audit_event where action = 'ACCESS_DENIED' and actor = 'rep2'",
                String.class)).containsExactly("outside the user's customers");
    }

    @Test
    void aRepAlwaysOwnsWhatTheyCreateAndAForgedOwnerIsRefusedAndAudited() {
        Long rep2Id = scenario.actor("rep2").userId();

        assertThatThrownBy(() -> customers.create(scenario.actor("rep1"), CustomerKind.INDIVIDUAL,
                Scenario.details("Forged"), rep2Id)).isInstanceOf(NotPermittedException.class);

        assertThat(jdbc.queryForObject("select count(*) from customer where name = 'Forged'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Integer.class))
                .isOne();
    }

    @Test
    void aManagerReassignsOnlyWithinTheTeam() {
        Actor manager1 = scenario.actor("manager1");
        customers.reassign(manager1, rep1Customer, scenario.actor("rep2").userId());
        assertThat(customers.get(manager1, rep1Customer).ownerName()).isEqualTo("Emma Clark");

        assertThatThrownBy(() -> customers.reassign(manager1, rep1Customer, scenario.actor("rep3").userId()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(customers.get(manager1, rep1Customer).ownerName()).isEqualTo("Emma Clark");
        scenario.awaitEvents();
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'REASSIGN'", String.class))
                .isEqualTo("{\"owner\":[\"rep1\",\"rep2\"]}");
    }

    @Test
    void aRepCannotReassign() {
        assertThatThrownBy(() -> customers.reassign(scenario.actor("rep1"), rep1Customer,
                scenario.actor("rep2").userId())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anAdministratorReassignsAcrossTeamsAndTheNewTeamsManagerSeesTheCustomer() {
        customers.reassign(scenario.actor("admin"), rep1Customer, scenario.actor("rep3").userId());

        assertThat(customers.get(scenario.actor("manager2"), rep1Customer).name()).isEqualTo("Acme Trading");
        assertThatThrownBy(() -> customers.get(scenario.actor("manager1"), rep1Customer))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void openComplaintsGoWithTheCustomerToItsNewOwnerAndLeaveTheOldOnesDay() {
        Scenario.Book book = scenario.bookOf("rep1");
        Long closed = scenario.bookOf("rep1").complaint();
        jdbc.update("update complaint set customer_id = ?, status = 'CLOSED' where id = ?", book.customer(), closed);
        assertThat(myDay.openComplaints(scenario.actor("rep1"))).extracting(MyDay.OpenComplaint::id)
                .contains(book.complaint());

        customers.reassign(scenario.actor("admin"), book.customer(), scenario.actor("rep3").userId());

        assertThat(jdbc.queryForObject("select u.username from complaint k join app_user u on u.id = k.handler_id"
                + " where k.id = ?", String.class, book.complaint())).isEqualTo("rep3");
        // a closed complaint keeps the name of who handled it
        assertThat(jdbc.queryForObject("select u.username from complaint k join app_user u on u.id = k.handler_id"
                + " where k.id = ?", String.class, closed)).isEqualTo("rep1");
        assertThat(myDay.openComplaints(scenario.actor("rep1"))).extracting(MyDay.OpenComplaint::customerId)
                .doesNotContain(book.customer());
        assertThat(myDay.openComplaints(scenario.actor("rep3"))).extracting(MyDay.OpenComplaint::id)
                .containsExactly(book.complaint());
    }

    @Test
    void aHandlerNoLongerSeesTheComplaintOfACustomerMovedOutOfTheirSight() {
        Scenario.Book book = scenario.bookOf("rep1");
        // moved behind the service's back (as a bulk change would): the handler stays rep1
        jdbc.update("update customer c set owner_id = u.id, team_id = u.team_id from app_user u"
                + " where u.username = 'rep3' and c.id = ?", book.customer());

        assertThat(myDay.openComplaints(scenario.actor("rep1"))).isEmpty();
    }

    @Test
    void movingARepToAnotherTeamMovesTheirCustomersWithThem() {
        Long south = jdbc.queryForObject("select id from team where name = 'South'", Long.class);
        jdbc.update("update app_user set team_id = ? where username = 'rep1'", south);

        assertThat(customers.get(scenario.actor("manager2"), rep1Customer).name()).isEqualTo("Acme Trading");
        assertThatThrownBy(() -> customers.get(scenario.actor("manager1"), rep1Customer))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyChangeIsAuditedWithWhatChanged() {
        Actor rep1 = scenario.actor("rep1");
        CustomerView view = customers.get(rep1, rep1Customer);
        CustomerDetails renamed = new CustomerDetails("Acme Trading Co.", view.status(), view.source(), null,
                view.tags(), view.phone(), view.email(), view.website(), view.addressLine(), view.city(),
                view.postalCode(), view.country(), view.walletEstimate(), view.notes(), view.individual(),
                view.organisation());

        customers.update(rep1, rep1Customer, view.version(), renamed);

        scenario.awaitEvents();
        Map<String, Object> update = jdbc.queryForMap(
                "select actor, entity_type, entity_id, details from audit_event where action = 'UPDATE'");
        assertThat(update).containsEntry("actor", "rep1").containsEntry("entity_type", "customer")
                .containsEntry("entity_id", rep1Customer)
                .containsEntry("details", "{\"name\":[\"Acme Trading\",\"Acme Trading Co.\"]}");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CREATE'", Integer.class))
                .isOne();
    }

    @Test
    void onlyAdministratorsDeleteAndOnlyCustomersWithoutOrders() {
        assertThatThrownBy(() -> customers.delete(scenario.actor("manager1"), rep1Customer))
                .isInstanceOf(NotPermittedException.class);

        customers.delete(scenario.actor("admin"), rep1Customer);

        assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isZero();
        scenario.awaitEvents();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'DELETE'", Integer.class))
                .isOne();
    }
}
