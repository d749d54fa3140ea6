package org.idic.crm.domain.interaction;

import java.time.Instant;
import java.time.LocalDate;

/** An interaction as pages show it. */
public record InteractionView(Long id, Long customerId, String customerName, Long contactId, String contactName,
        String userName, InteractionChannel channel, Direction direction, Purpose purpose, Instant occurredAt,
        Integer durationMinutes, String summary, String outcome, Mood mood, LocalDate followUpOn,
        boolean followUpDone, long version) {

    static InteractionView of(Interaction i, String userName) {
        return new InteractionView(i.getId(), i.getCustomer().getId(), i.getCustomer().getName(),
                i.getContact() == null ? null : i.getContact().getId(),
                i.getContact() == null ? null : i.getContact().getName(), userName,
                i.getChannel(), i.getDirection(), i.getPurpose(), i.getOccurredAt(), i.getDurationMinutes(),
                i.getSummary(), i.getOutcome(), i.getMood(), i.getFollowUpOn(), i.isFollowUpDone(), i.getVersion());
    }

    public InteractionDetails details() {
        return new InteractionDetails(channel, direction, purpose, occurredAt, durationMinutes, summary, outcome, mood,
                contactId, followUpOn);
    }
}
