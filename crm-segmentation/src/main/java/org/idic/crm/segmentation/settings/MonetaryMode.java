package org.idic.crm.segmentation.settings;

/** What the M of RFM measures. */
public enum MonetaryMode {
    /** revenue(W), the default. */
    TOTAL,
    /** revenue(W) ÷ number of orders in W. */
    AVERAGE_ORDER
}
