package org.idic.crm.domain.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The audit page's filters (each optional) and where the page starts: after the line ({@code beforeAt},
 * {@code beforeId}) of the previous page, newest first.
 *
 * @param actor      the username (any case)
 * @param entityType the kind of record ({@code customer}, {@code user}, ...)
 * @param from       the first day, inclusive (in the application's time zone)
 * @param to         the last day, inclusive
 */
public record AuditQuery(String actor, AuditAction action, String entityType, Long entityId, LocalDate from,
        LocalDate to, Instant beforeAt, Long beforeId) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }

    /** The same filters, from the line after {@code last}. */
    public AuditQuery after(AuditEntry last) {
        return new AuditQuery(actor, action, entityType, entityId, from, to, last.occurredAt(), last.id());
    }
}
