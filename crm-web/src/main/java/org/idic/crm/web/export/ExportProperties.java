package org.idic.crm.web.export;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.exports.*}: how many downloads (list and report exports) may be prepared at once. Each holds
 * a database connection for as long as it runs (a 200,000-customer .xlsx takes most of a minute), so
 * they are bounded well below the connection pool (10 by default), leaving the rest for the pages.
 *
 * @param maxConcurrent downloads at once in this instance (default 4)
 * @param maxPerUser downloads at once for one user (default 2)
 */
@ConfigurationProperties("crm.exports")
@Validated
public record ExportProperties(@Min(1) @DefaultValue("4") int maxConcurrent, @Min(1) @DefaultValue("2") int maxPerUser) {
}
