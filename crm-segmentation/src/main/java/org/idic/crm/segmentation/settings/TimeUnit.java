package org.idic.crm.segmentation.settings;

/** The time unit of the BG/NBD model (α is expressed in it). */
public enum TimeUnit {
    /** days / 7, fractional: the default, as in the published CDNOW analyses. */
    WEEKS(7),
    DAYS(1);

    private final double days;

    TimeUnit(double days) {
        this.days = days;
    }

    /** Number of days in one unit. */
    public double days() {
        return days;
    }
}
