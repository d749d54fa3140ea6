package org.idic.crm.domain.activity;

import java.time.Instant;

/** One line of a complaints list. */
public record ComplaintRow(Long id, Long customerId, String customerNumber, String customerName,
        ComplaintStatus status, Severity severity, ComplaintCategory category, Instant receivedAt, Instant dueAt,
        boolean overdue, Long handlerId, String handlerName) {
}
