package org.idic.crm.domain.segmentation;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A run succeeded and its snapshot is current. Published after the switch, and kept by the event
 * publication registry until handled. The scores travel along in memory for a listener that can use them
 * at once; they are not stored with the event, so a listener handling it again later (after a failure or
 * a restart) finds {@code scores} null and reads what it needs from the database.
 *
 * @param previousRunId the successful run before this one, or null for the first
 */
public record RunSucceeded(Long runId, Long previousRunId, @JsonIgnore ScoredRun scores) {
}
