package org.idic.crm.domain.activity;

import java.time.Instant;
import java.time.LocalDate;

/** Everything a user records about an interaction. */
public record InteractionDetails(InteractionChannel channel, Direction direction, Purpose purpose, Instant occurredAt,
        Integer durationMinutes, String summary, String outcome, Mood mood, Long contactId, LocalDate followUpOn) {
}
