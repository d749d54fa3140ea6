package org.idic.crm.domain.segmentation;

/**
 * A run's full scores are dropped (only the few columns a migration report needs are kept): whatever
 * else was made from them goes too. Published and handled in the transaction that drops them.
 */
public record ScoresRetired(Long runId) {
}
