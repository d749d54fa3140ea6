package org.idic.crm.domain.customer;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.internal.CustomerRepository;
import org.idic.crm.domain.user.Books;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leaver's customers go to their successor one by one through {@link Customers#reassign}, so each is
 * audited and takes its open complaints along as a single reassignment does; their follow-ups are the
 * customers' and move with them. First of the books, so that complaints go with their customers.
 */
@Component
@Order(1)
@Transactional
class CustomerBooks implements Books {

    private final CustomerRepository customers;
    private final Customers reassignment;

    CustomerBooks(CustomerRepository customers, Customers reassignment) {
        this.customers = customers;
        this.reassignment = reassignment;
    }

    @Override
    @Transactional(readOnly = true)
    public long heldBy(Long userId) {
        return customers.countByOwnerId(userId);
    }

    @Override
    public void handOver(Actor actor, Long userId, Long successorId) {
        for (Long id : customers.findIdsByOwnerId(userId)) {
            reassignment.reassign(actor, id, successorId);
        }
    }
}
