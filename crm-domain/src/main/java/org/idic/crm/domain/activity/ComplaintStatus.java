package org.idic.crm.domain.activity;

import java.util.List;

/**
 * Where a complaint stands in the four-step process: received → validated (or rejected, with the
 * reason) → resolution proposed → followed up and closed. A rejected complaint skips the resolution:
 * the customer is told why and followed up directly.
 */
public enum ComplaintStatus {
    RECEIVED, VALIDATED, REJECTED, RESOLUTION_PROPOSED, CLOSED;

    /** The steps that may be taken next, in the order a page offers them. */
    public List<ComplaintStep> nextSteps() {
        return switch (this) {
            case RECEIVED -> List.of(ComplaintStep.VALIDATE, ComplaintStep.REJECT);
            case VALIDATED -> List.of(ComplaintStep.PROPOSE_RESOLUTION);
            case REJECTED, RESOLUTION_PROPOSED -> List.of(ComplaintStep.FOLLOW_UP);
            case CLOSED -> List.of();
        };
    }
}
