package org.idic.crm.domain.complaint;

import java.time.Instant;
import org.idic.crm.domain.interaction.InteractionChannel;

/** What is recorded when a complaint is received (step 1). */
public record ComplaintDetails(Instant receivedAt, InteractionChannel channel, ComplaintCategory category,
        Severity severity, String description, String keyPoints, Long contactId) {
}
