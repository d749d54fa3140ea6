package org.idic.crm.domain.audit;

import java.time.Instant;

/**
 * One line of the audit trail as the page shows it.
 *
 * @param actorName the actor's display name, when the actor is a user of the application
 * @param details   what changed, {@code {"field":["old","new"]}} or a record's values {@code {"field":"value"}}
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorName, String action,
        String entityType, Long entityId, String details) {
}
