/**
 * The manager reports of the current snapshot (tiers, Pareto, RFM, value matrix, lifecycle, tier
 * migration, team activity), from sums made when a run is made ({@link org.idic.crm.domain.report.Dimension})
 * and corrected for what changed since. Listens to the segmentation module's events.
 * Tables: report_cell, report_tag_cell, report_point, migration_pair, migration_cell, migration_tag_cell.
 */
@ApplicationModule(displayName = "Reports")
package org.idic.crm.domain.report;

import org.springframework.modulith.ApplicationModule;
