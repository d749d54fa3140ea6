package org.idic.crm.segmentation.settings;

/** How the MVC or MGC tier is cut off. */
public enum ThresholdMode {
    /** The top ceil(share·n) customers of the ranking. */
    SHARE,
    /** Every eligible customer at or above a fixed amount. */
    AMOUNT
}
