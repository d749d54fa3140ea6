package org.idic.crm.segmentation.rfm;

/**
 * The named RFM segments of the 5×5 R×F grid (spec §3); NONE for customers without a purchase in the
 * analysis window, who are not scored.
 */
public enum RfmSegment {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALISTS, NEW_CUSTOMERS, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK,
    CANT_LOSE_THEM, HIBERNATING, NONE;

    private static final RfmSegment[][] GRID = {
        // F = 1..5, for R = 1
        {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE_THEM},
        {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE_THEM},
        {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL},
        {PROMISING, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, LOYAL, LOYAL},
        {NEW_CUSTOMERS, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, CHAMPIONS, CHAMPIONS},
    };

    /** The segment of R and F scores on the 1..5 scale. */
    public static RfmSegment of(int r5, int f5) {
        if (r5 < 1 || r5 > 5 || f5 < 1 || f5 > 5) {
            throw new IllegalArgumentException("scores must be 1..5, got R=" + r5 + " F=" + f5);
        }
        return GRID[r5 - 1][f5 - 1];
    }

    /**
     * The segment of R and F scores on a 1..k scale: when k ≠ 5 each score is first mapped linearly onto
     * 1..5, rounding half up: s5 = 1 + round(4·(s−1)/(k−1)). (The grid is defined for five levels; this
     * keeps the lowest and highest scores on the grid's edges for every k.)
     */
    public static RfmSegment of(int r, int f, int k) {
        return of(toFive(r, k), toFive(f, k));
    }

    /** 1 + round half up of 4·(s−1)/(k−1), in integers. */
    public static int toFive(int score, int k) {
        return 1 + (8 * (score - 1) + (k - 1)) / (2 * (k - 1));
    }
}
