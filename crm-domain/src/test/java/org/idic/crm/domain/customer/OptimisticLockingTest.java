package org.idic.crm.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@WithTestDatabase
class OptimisticLockingTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Customers customers;
    @Autowired
    Contacts contacts;

    Long customerId;

    @BeforeEach
    void setUp() {
        scenario.reset();
        customerId = scenario.customerOf("rep1", "Acme Trading");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        Actor rep1 = scenario.actor("rep1");
        Actor manager1 = scenario.actor("manager1");
        long loadedByBoth = customers.get(rep1, customerId).version();

        customers.update(rep1, customerId, loadedByBoth, Scenario.details("Saved first"));

        assertThatThrownBy(() -> customers.update(manager1, customerId, loadedByBoth,
                Scenario.details("Saved second")))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(loadedByBoth + 1));
        assertThat(customers.get(rep1, customerId).name()).isEqualTo("Saved first");
    }

    @Test
    void contactsAreProtectedTheSameWay() {
        Actor rep1 = scenario.actor("rep1");
        Long contactId = contacts.add(rep1, customerId, new ContactDetails("Li Lei", "Buyer", BuyingRole.PURCHASER,
                null, null, null, null, true));
        long version = contacts.get(rep1, contactId).version();
        contacts.update(rep1, contactId, version, new ContactDetails("Li Lei", "Head buyer", BuyingRole.DECISION_MAKER,
                null, null, null, null, true));

        assertThatThrownBy(() -> contacts.update(rep1, contactId, version, new ContactDetails("Li Lei", "Intern",
                BuyingRole.USER, null, null, null, null, true))).isInstanceOf(ConcurrentEditException.class);
        assertThat(contacts.get(rep1, contactId).title()).isEqualTo("Head buyer");
    }

    @Test
    void onlyOneContactIsPrimary() {
        Actor rep1 = scenario.actor("rep1");
        contacts.add(rep1, customerId, new ContactDetails("Li Lei", null, null, null, null, null, null, true));
        contacts.add(rep1, customerId, new ContactDetails("Han Meimei", null, null, null, null, null, null, true));

        assertThat(contacts.ofCustomer(rep1, customerId)).extracting(ContactView::name, ContactView::primary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Han Meimei", true),
                        org.assertj.core.groups.Tuple.tuple("Li Lei", false));
    }
}
