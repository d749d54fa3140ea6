package org.idic.crm.segmentation.tier;

/** Quadrant of the value matrix: current value (x) against growth potential (y). */
public enum ValueQuadrant {
    /** High current value, high growth potential: keep and grow. */
    I,
    /** High current value, low growth potential: keep. */
    II,
    /** Low current value, low growth potential: serve at low cost. */
    III,
    /** Low current value, high growth potential: develop. */
    IV,
    /** Prospects are not placed. */
    NONE
}
