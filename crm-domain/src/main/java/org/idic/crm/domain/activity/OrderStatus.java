package org.idic.crm.domain.activity;

import java.util.Set;

/** Only completed orders are purchases. An order moves forward only. */
public enum OrderStatus {
    PENDING, COMPLETED, CANCELLED, REFUNDED;

    /** The statuses an order in this status may move to (itself included). */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> Set.of(PENDING, COMPLETED, CANCELLED);
            case COMPLETED -> Set.of(COMPLETED, REFUNDED);
            case CANCELLED -> Set.of(CANCELLED);
            case REFUNDED -> Set.of(REFUNDED);
        };
    }
}
