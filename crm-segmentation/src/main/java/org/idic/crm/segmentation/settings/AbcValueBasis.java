package org.idic.crm.segmentation.settings;

/** What ABC analysis and the pyramid rank customers by, all over the analysis window W. */
public enum AbcValueBasis {
    /** revenue(W), the default. */
    REVENUE,
    /** margin(W). */
    MARGIN,
    /** margin(W) − serviceCost(W). */
    NET_PROFIT
}
