package org.idic.crm.domain.segmentation.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.segmentation.*}: how this instance takes part in segmentation runs.
 *
 * @param schedule the schedule in the settings (its times are the settings', in the database)
 */
@ConfigurationProperties("crm.segmentation")
@Validated
public record SegmentationProperties(@Valid @NotNull @DefaultValue Schedule schedule) {

    /**
     * @param enabled whether this instance looks at the schedule and starts the runs it calls for (the
     *                command-line jobs turn it off; several instances may leave it on: one of them runs)
     */
    public record Schedule(@DefaultValue("true") boolean enabled) {
    }
}
