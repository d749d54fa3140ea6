package org.idic.crm.segmentation;

/** The stages of a scoring run, in order, for progress reports and timings. */
public enum Stage {
    /** ABC classes, pyramid levels and RFM scores. */
    RANKING,
    /** BG/NBD maximum-likelihood fit. */
    FIT_BG_NBD,
    /** Gamma-Gamma maximum-likelihood fit. */
    FIT_GAMMA_GAMMA,
    /** P(alive), expected purchases and predicted CLV for everyone. */
    CLV,
    /** Current and future value, growth potential, tiers and value-matrix quadrants. */
    TIERS,
    /** Lifecycle stage and relationship. */
    LIFECYCLE
}
