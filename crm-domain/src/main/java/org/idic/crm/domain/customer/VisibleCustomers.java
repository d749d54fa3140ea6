package org.idic.crm.domain.customer;

import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one door to a customer for every use case (the customer's own and those of everything that
 * hangs off it): a customer outside the actor's scope is "not found", and the attempt is audited.
 */
@Component
public class VisibleCustomers {

    private final CustomerRepository customers;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    VisibleCustomers(CustomerRepository customers, JdbcTemplate jdbc, AuditLog audit) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The customer, if the actor may see it; otherwise NotFoundException. */
    public Customer require(Actor actor, Long id) {
        return customers.findVisible(id, actor.scope()).orElseThrow(() -> notFound(actor, "customer", id,
                id != null && customers.existsById(id)));
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

    boolean hasOrders(Long customerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from customer_order where customer_id = ?)", Boolean.class, customerId));
    }
}
