/**
 * Segmentation runs: the facts aggregated in PostgreSQL, the engine, the scores written as a partition
 * and switched to; the settings and their versions, the what-if preview, the schedule; and which
 * snapshot is current ({@link org.idic.crm.domain.segmentation.Snapshots}). Publishes
 * {@link org.idic.crm.domain.segmentation.ScoresWritten}, {@link org.idic.crm.domain.segmentation.RunSucceeded}
 * and {@link org.idic.crm.domain.segmentation.ScoresRetired}.
 * Tables: segmentation_run, segmentation_current, segmentation_settings, customer_score (and its
 * partitions), score_history, run_scores (a view), shedlock. The scores (customer_score, run_scores) are
 * published for reading in SQL by the modules that join them with customers for speed (reports, the
 * customer list).
 */
@ApplicationModule(displayName = "Segmentation")
package org.idic.crm.domain.segmentation;

import org.springframework.modulith.ApplicationModule;
