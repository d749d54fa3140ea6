package org.idic.crm.domain.activity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One event in a customer's history: an interaction, an order or a complaint. {@code kind} says which;
 * {@code subtype} is the channel, order status or complaint status, {@code label} a short text.
 */
public record TimelineEntry(Kind kind, Long id, Instant at, String subtype, String label, String detail,
        BigDecimal amount, String by, boolean open) {

    /** What kind of event. */
    public enum Kind {
        INTERACTION, ORDER, COMPLAINT
    }
}
