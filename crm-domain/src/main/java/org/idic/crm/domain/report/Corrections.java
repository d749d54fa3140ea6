package org.idic.crm.domain.report;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every report that adds up sums made with a run shares: the correction for the customers whose
 * owner (or, with a tag filter, tags) changed since the run. Such a customer leaves the sums it was
 * counted in (its owner and tags of the run, on score row {@code m}) and joins those it belongs to now
 * (customer row {@code c}; none if it was deleted). The few changed customers are read first and
 * materialised, so that their scores are looked up one by one instead of joining every score with every
 * customer (that took seconds at a million customers).
 */
final class Corrections {

    private Corrections() {
    }

    /** A {@code with changed as (...)} clause: the customers changed since run {@code :runParameter}. */
    static String changedSince(String runParameter) {
        return """
                with changed as materialized (
                    select distinct customer_id from customer_owner_change
                    where changed_at >= (select owner_changes_since from segmentation_run where id = :%s))
                """.formatted(runParameter);
    }

    /**
     * The lateral {@code x(sign, owner)} of a changed customer's two rows (−1 as it was, +1 as it is) and
     * the condition that it moved at all; with {@code byTag}, only the rows carrying {@code :tag}.
     */
    static String moves(boolean byTag) {
        return """
                cross join lateral (values (-1, m.owner_id, m.tags), (1, c.owner_id, c.tags)) x(sign, owner, tags)
                where m.owner_id is not null and x.owner is not null and %s""".formatted(byTag
                ? "(m.owner_id is distinct from c.owner_id or m.tags is distinct from c.tags)"
                        + " and x.tags @> array[cast(:tag as text)]"
                : "m.owner_id is distinct from c.owner_id");
    }

    /** Whether the run's scores (or their history) remember the customers' tags (every run since V12 does). */
    static boolean recordsTags(JdbcTemplate jdbc, Long runId) {
        return Boolean.TRUE.equals(jdbc.query("select tags is not null from run_scores where run_id = ? limit 1",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.TRUE, runId));
    }
}
