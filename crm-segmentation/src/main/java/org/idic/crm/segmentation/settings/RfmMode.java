package org.idic.crm.segmentation.settings;

/** How RFM scores are assigned. */
public enum RfmMode {
    /** score = 1 + floor(k·less(x)/n), the default. */
    QUANTILE,
    /** score = 1 + number of administrator cut points ≤ x (recency: fewer days score higher). */
    FIXED_BINS
}
