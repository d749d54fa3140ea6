package org.idic.crm.domain.customer;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.customer.internal.Customer;
import org.idic.crm.domain.customer.internal.CustomerRepository;
import org.springframework.stereotype.Component;

/**
 * The one door to a customer for every use case (the customer's own and those of everything that
 * hangs off it, in any module): a customer outside the actor's scope is "not found", and the attempt is
 * audited.
 */
@Component
public class VisibleCustomers {

    private final CustomerRepository customers;
    private final AuditLog audit;

    VisibleCustomers(CustomerRepository customers, AuditLog audit) {
        this.customers = customers;
        this.audit = audit;
    }

    /** The customer, if the actor may see it; otherwise NotFoundException. */
    public CustomerRef require(Actor actor, Long id) {
        return ref(entity(actor, id));
    }

    /**
     * The customer of a record that hangs off it ({@code entity} {@code id}, which exists), if the actor may
     * see it; if not, the record is "not found" for them, and the attempt is audited.
     */
    public CustomerRef requireVisible(Actor actor, String entity, Long id, Long customerId) {
        return customers.findVisible(customerId, actor.scope()).map(VisibleCustomers::ref)
                .orElseThrow(() -> notFound(actor, entity, id, true));
    }

    /**
     * The "not found" for a record outside the actor's scope; audited when the record exists, since
     * asking for someone else's record by id is how access-control probing looks.
     */
    public NotFoundException notFound(Actor actor, String entity, Long id, boolean exists) {
        if (exists) {
            audit.recordNow(actor.username(), AuditAction.ACCESS_DENIED, entity, id, "outside the user's customers");
        }
        return new NotFoundException(entity, id);
    }

    private static CustomerRef ref(Customer c) {
        return new CustomerRef(c.getId(), c.getNumber(), c.getName(), c.getKind(), c.getOwnerId(), c.getTeamId());
    }

    /** Whether the customer has orders, which keep it from being deleted. */
    boolean hasOrders(Long customerId) {
        return customers.hasOrders(customerId);
    }

    /** The customer's entity, for this module's use cases. */
    Customer entity(Actor actor, Long id) {
        return customers.findVisible(id, actor.scope()).orElseThrow(() -> notFound(actor, "customer", id,
                id != null && customers.existsById(id)));
    }
}
