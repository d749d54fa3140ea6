package org.idic.crm.domain.customer;

/**
 * A customer as other modules refer to it: its id, what identifies it to people, and whose it is. Other
 * modules keep only the id; the customer module answers the rest.
 */
public record CustomerRef(Long id, String number, String name, CustomerKind kind, Long ownerId, Long teamId) {
}
