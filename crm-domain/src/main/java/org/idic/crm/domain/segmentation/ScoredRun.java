package org.idic.crm.domain.segmentation;

import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.facts.CustomerFacts;

/**
 * A run's scores as the engine computed them, still in memory, with the facts they were computed from
 * and each customer's owner, type and tags when scored: all in the same order, ascending customer id.
 * What other modules add up from a run without reading a million rows back.
 */
public record ScoredRun(Long runId, SegmentationResult result, CustomerFacts facts, long[] ownerIds,
        boolean[] organisation, String[][] tags) {
}
