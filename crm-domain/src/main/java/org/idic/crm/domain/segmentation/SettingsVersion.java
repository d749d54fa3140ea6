package org.idic.crm.domain.segmentation;

import java.time.Instant;
import org.idic.crm.segmentation.settings.SegmentationSettings;

/**
 * One saved version of the segmentation settings: every threshold, the schedule, who saved it, when,
 * and what changed from the version before.
 *
 * @param scheduleCron a Spring cron expression ("0 0 2 * * *" = every night at two), or null for none
 * @param changes      {@code {"field":["old","new"],...}}, or null for the first version
 */
public record SettingsVersion(int version, SegmentationSettings settings, String scheduleCron, String createdBy,
        Instant createdAt, String changes) {
}
