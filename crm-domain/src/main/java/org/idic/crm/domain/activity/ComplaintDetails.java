package org.idic.crm.domain.activity;

import java.time.Instant;

/** What is recorded when a complaint is received (step 1). */
public record ComplaintDetails(Instant receivedAt, InteractionChannel channel, ComplaintCategory category,
        Severity severity, String description, String keyPoints, Long contactId) {
}
