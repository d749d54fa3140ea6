package org.idic.crm.domain.imports;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.import.*}: the limits of one import file.
 *
 * @param maxFileSize the largest file accepted (the web upload limit is set to match)
 * @param maxRows     the most data rows accepted in one file
 * @param undoDays    how long an import can be undone
 */
@ConfigurationProperties("crm.import")
@Validated
public record ImportProperties(@DefaultValue("200MB") DataSize maxFileSize,
        @DefaultValue("3000000") @Min(1) long maxRows, @DefaultValue("7") @Min(0) int undoDays) {
}
