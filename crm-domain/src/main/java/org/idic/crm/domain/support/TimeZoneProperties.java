package org.idic.crm.domain.support;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code crm.time-zone}: the business time zone ("Asia/Shanghai", "Europe/Berlin"), in which the CRM
 * counts "today", due and overdue follow-ups, weeks and months of the reports and the schedule of runs.
 * Unset, the JVM's zone. Set it whenever instances may run in different zones (containers default to
 * UTC): two instances in different zones would otherwise disagree on what "today" is, and each start
 * would recount the activity in its own zone.
 *
 * @param timeZone the zone, or null for the JVM's (an unknown zone id stops the start)
 */
@ConfigurationProperties("crm")
public record TimeZoneProperties(ZoneId timeZone) {

    /** The business time zone. */
    public ZoneId zone() {
        return timeZone == null ? ZoneId.systemDefault() : timeZone;
    }
}
