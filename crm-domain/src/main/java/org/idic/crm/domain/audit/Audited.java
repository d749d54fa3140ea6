package org.idic.crm.domain.audit;

import java.time.Instant;
import org.idic.crm.domain.access.Actor;

/**
 * A change worth a line in the audit trail. The module that made the change publishes it in the change's
 * transaction; the audit module writes the line once that transaction has committed (nothing is
 * recorded for a change that was rolled back), and the event publication registry keeps the event until
 * it is written, so that no line is lost when writing fails or the application stops.
 *
 * @param actor      the username of who did it
 * @param customerId the customer the record belongs to (the customer itself, or the customer of a contact,
 *                   order, interaction or complaint): a manager sees the line while the customer is their
 *                   team's; {@code null} for records of no customer
 * @param details    what changed, usually {@code {"field":["old","new"],...}} (see {@code Changes})
 * @param occurredAt when the change was made (not when the line is written)
 */
public record Audited(String actor, AuditAction action, String entityType, Long entityId, Long customerId,
        String details, Instant occurredAt) {

    /** A line about a record of no customer. */
    public Audited(String actor, AuditAction action, String entityType, Long entityId, String details,
            Instant occurredAt) {
        this(actor, action, entityType, entityId, null, details, occurredAt);
    }

    /** What {@code actor} did to an entity, at {@code at}. */
    public static Audited of(Actor actor, AuditAction action, String entityType, Long entityId, String details,
            Instant at) {
        return new Audited(actor.username(), action, entityType, entityId, details, at);
    }

    /** The same line, about a record of this customer. */
    public Audited onCustomer(Long customer) {
        return new Audited(actor, action, entityType, entityId, customer, details, occurredAt);
    }
}
