package org.idic.crm.domain.segmentation;

import java.util.Map;

/**
 * What a finished run reports: how long each stage took (facts query, engine and its own stages,
 * write) in milliseconds, and how many customers ended in each tier.
 */
public record RunOutcome(Long runId, int customers, Map<String, Long> stageMillis, Map<String, Integer> tierCounts,
        String clvModel, String fallbackReason, long peakHeapBytes) {
}
