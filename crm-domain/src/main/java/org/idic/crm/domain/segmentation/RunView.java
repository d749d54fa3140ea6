package org.idic.crm.domain.segmentation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A segmentation run as pages show it. {@code modelJson}, {@code tierCounts} and {@code timings} are
 * small JSON objects (fitted parameters; customers per tier; milliseconds per stage).
 */
public record RunView(Long id, RunStatus status, RunTrigger trigger, LocalDate asOf, int settingsVersion,
        String startedBy, Instant startedAt, Instant finishedAt, String stage, Long stageDone, Long stageTotal,
        Integer customers, String clvModel, String fallbackReason, String modelJson, String tierCounts,
        String timings, String failureReason, boolean current) {

    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    /** Progress of the current stage as a whole percentage, when known. */
    public Integer percent() {
        if (stageDone == null || stageTotal == null || stageTotal <= 0) {
            return null;
        }
        return (int) Math.min(100, stageDone * 100 / stageTotal);
    }
}
