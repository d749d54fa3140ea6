package org.idic.crm.domain.activity.internal;

import org.idic.crm.domain.customer.CustomerReassigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A customer given to someone else takes along the open complaints its previous owner handled. In the
 * reassigning transaction (a plain listener, not one after the commit): the customer and its complaints
 * change hands together or not at all.
 */
@Component
class ComplaintHandover {

    private final ComplaintRepository complaints;

    ComplaintHandover(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @EventListener
    void on(CustomerReassigned event) {
        complaints.handOverOpenComplaints(event.customerId(), event.previousOwnerId(), event.newOwnerId());
    }
}
