package org.idic.crm.domain.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.audit.*}: how long the audit trail keeps its lines.
 *
 * @param retention    lines older than this are purged once a day (at least a day; default 3 years)
 * @param purgeEnabled whether this instance takes part in the daily purge (one instance runs it at a time)
 */
@ConfigurationProperties("crm.audit")
@Validated
public record AuditProperties(@NotNull @DefaultValue("3y") Period retention,
        @DefaultValue("true") boolean purgeEnabled) {

    public AuditProperties {
        if (retention != null && (retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException("crm.audit.retention must be at least a day, not " + retention);
        }
    }
}
