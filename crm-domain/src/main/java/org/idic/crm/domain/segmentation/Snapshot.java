package org.idic.crm.domain.segmentation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The scores of one successful run, as reports need to know it: which run, as of which day, since when
 * changes of owner and tags are to be corrected for (the run started counting them then, with an hour's
 * margin for transactions open at the time), and where it cut the value matrix.
 *
 * @param mvcThreshold the current value above which a customer is an MVC (null when nobody qualified)
 * @param mgcThreshold the growth potential above which a customer is an MGC (null when nobody qualified)
 */
public record Snapshot(Long runId, LocalDate asOf, Instant ownerChangesSince, Double mvcThreshold,
        Double mgcThreshold) {
}
