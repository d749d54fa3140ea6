package org.idic.crm.domain.report.internal;

/**
 * What every report that adds up sums made with a run shares: the correction for the customers whose
 * owner (or, with a tag filter, tags) changed since the run. Such a customer leaves the sums it was
 * counted in (its owner and tags of the run, on score row {@code m}) and joins those it belongs to now
 * (customer row {@code c}; none if it was deleted). The few changed customers are read first and
 * materialised, so that their scores are looked up one by one instead of joining every score with every
 * customer (that took seconds at a million customers). The customers' changes are logged by the
 * customer module (customer_owner_change); the run says since when they count (its owner changes since).
 */
public final class Corrections {

    /** The named parameter of {@link #CHANGED}: when the run began counting changes. */
    public static final String SINCE = "since";

    /** A {@code with changed as (...)} clause: the customers changed since {@code :since}. */
    public static final String CHANGED = """
            with changed as materialized (
                select distinct customer_id from customer_owner_change where changed_at >= :since)
            """;

    private Corrections() {
    }

    /**
     * The lateral {@code x(sign, owner)} of a changed customer's two rows (−1 as it was, +1 as it is) and
     * the condition that it moved at all; with {@code byTag}, only the rows carrying {@code :tag}.
     */
    public static String moves(boolean byTag) {
        return """
                cross join lateral (values (-1, m.owner_id, m.tags), (1, c.owner_id, c.tags)) x(sign, owner, tags)
                where x.owner is not null and\s""" + (byTag
                ? "(m.owner_id is distinct from c.owner_id or m.tags is distinct from c.tags)"
                        + " and x.tags @> array[cast(:tag as text)]"
                : "m.owner_id is distinct from c.owner_id");
    }
}
