package org.idic.crm.domain.segmentation;

/**
 * A run's scores are written and about to become the current snapshot. Published inside the transaction
 * that switches to them, and handled there (a plain listener): what others derive from the scores (the
 * reports' sums) becomes visible together with them or, when anything fails, not at all.
 */
public record ScoresWritten(ScoredRun run) {
}
