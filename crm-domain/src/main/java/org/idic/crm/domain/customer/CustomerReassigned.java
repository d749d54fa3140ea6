package org.idic.crm.domain.customer;

/**
 * A customer was given to another owner. Published in the reassigning transaction; whatever goes with the
 * customer to its new owner (the open complaints its previous owner handled) is handed over by a
 * listener in that same transaction, so that nobody ever sees the customer moved and its work not.
 */
public record CustomerReassigned(Long customerId, Long previousOwnerId, Long newOwnerId) {
}
