package org.idic.crm.domain.customerlist;

import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.segmentation.tier.ValueQuadrant;

/**
 * Filters on the current segmentation snapshot; null means "any". Besides the named classes, the R and F
 * scores (an RFM grid cell), the value-matrix quadrant, and a move between two runs' tiers (the tier
 * migration report's cells) can be asked for.
 */
public record ScoreFilter(Tier tier, AbcClass abcClass, PyramidLevel pyramidLevel, RfmSegment rfmSegment,
        LifecycleStage lifecycle, Relationship relationship, Integer rScore, Integer fScore,
        ValueQuadrant quadrant, Move move) {

    public static final ScoreFilter NONE = new ScoreFilter(null, null, null, null, null, null, null, null, null, null);

    /** Only the named classes (the list's own filters). */
    public ScoreFilter(Tier tier, AbcClass abcClass, PyramidLevel pyramidLevel, RfmSegment rfmSegment,
            LifecycleStage lifecycle, Relationship relationship) {
        this(tier, abcClass, pyramidLevel, rfmSegment, lifecycle, relationship, null, null, null, null);
    }

    public boolean isEmpty() {
        return tier == null && abcClass == null && pyramidLevel == null && rfmSegment == null && lifecycle == null
                && relationship == null && rScore == null && fScore == null && quadrant == null;
    }

    /**
     * Customers whose tier was {@code fromTier} in run {@code fromRun} ("NEW": not scored then) and is
     * {@code toTier} in run {@code toRun}.
     */
    public record Move(Long fromRun, String fromTier, Long toRun, String toTier) {
    }
}
