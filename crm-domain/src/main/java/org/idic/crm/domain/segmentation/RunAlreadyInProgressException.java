package org.idic.crm.domain.segmentation;

import java.time.Instant;

/** A second run was asked for while one is going; it is refused, not queued. */
public class RunAlreadyInProgressException extends RuntimeException {

    private final Long runningId;
    private final String startedBy;
    private final Instant startedAt;

    public RunAlreadyInProgressException(Long runningId, String startedBy, Instant startedAt) {
        super("segmentation run " + runningId + " (started by " + startedBy + " at " + startedAt
                + ") is still in progress");
        this.runningId = runningId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public Long runningId() {
        return runningId;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
