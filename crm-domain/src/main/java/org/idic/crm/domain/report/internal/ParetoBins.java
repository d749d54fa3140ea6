package org.idic.crm.domain.report.internal;

/**
 * The revenue bins of the Pareto curve, defined once for both places that bin a revenue: the run's sums
 * added up in Java ({@link #bin}) and the corrections for customers changed since, added up in SQL
 * ({@link #sql}). A bin is 4% wide (fine enough to find the 80% point closely); "none" holds the
 * customers without revenue in the window. A test holds the two equal.
 */
public final class ParetoBins {

    /** The bin of no revenue (or less). */
    public static final String NONE = "none";

    /** Bins grow by 4% each: the logarithm of the revenue in steps of ln(1.04). */
    public static final double STEP = Math.log(1.04);

    /** The named parameter {@link #sql} needs, bound to {@link #STEP}. */
    public static final String STEP_PARAMETER = "paretoStep";

    private ParetoBins() {
    }

    /** The bin of a revenue. */
    public static String bin(double revenue) {
        return revenue > 0 ? Integer.toString((int) Math.floor(Math.log(revenue) / STEP)) : NONE;
    }

    /** The same, in SQL, for a revenue column ({@code :paretoStep} bound to {@link #STEP}). */
    public static String sql(String revenue) {
        return "case when " + revenue + " > 0 then floor(ln(" + revenue + ") / :" + STEP_PARAMETER
                + ")::int::text else '" + NONE + "' end";
    }
}
