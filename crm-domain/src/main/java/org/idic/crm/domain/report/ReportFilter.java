package org.idic.crm.domain.report;

/**
 * The filters every report takes: a team (administrators only), a rep, the customer type
 * (true = organisations, false = individuals) and a tag; null means "any".
 */
public record ReportFilter(Long teamId, Long ownerId, Boolean organisation, String tag) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null);

    public ReportFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip();
    }
}
