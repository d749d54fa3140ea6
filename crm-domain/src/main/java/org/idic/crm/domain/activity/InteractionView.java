package org.idic.crm.domain.activity;

import java.time.Instant;
import java.time.LocalDate;
import org.idic.crm.domain.activity.internal.Interaction;

/** An interaction as pages show it. */
public record InteractionView(Long id, Long customerId, String customerName, Long contactId, String contactName,
        String userName, InteractionChannel channel, Direction direction, Purpose purpose, Instant occurredAt,
        Integer durationMinutes, String summary, String outcome, Mood mood, LocalDate followUpOn,
        boolean followUpDone, long version) {

    static InteractionView of(Interaction i, String customerName, String contactName, String userName) {
        return new InteractionView(i.getId(), i.getCustomerId(), customerName, i.getContactId(), contactName, userName,
                i.getChannel(), i.getDirection(), i.getPurpose(), i.getOccurredAt(), i.getDurationMinutes(),
                i.getSummary(), i.getOutcome(), i.getMood(), i.getFollowUpOn(), i.isFollowUpDone(), i.getVersion());
    }

    public InteractionDetails details() {
        return new InteractionDetails(channel, direction, purpose, occurredAt, durationMinutes, summary, outcome, mood,
                contactId, followUpOn);
    }
}
