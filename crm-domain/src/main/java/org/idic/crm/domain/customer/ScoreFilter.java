package org.idic.crm.domain.customer;

import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.tier.Tier;

/** Filters on the current segmentation snapshot; null means "any". */
public record ScoreFilter(Tier tier, AbcClass abcClass, PyramidLevel pyramidLevel, RfmSegment rfmSegment,
        LifecycleStage lifecycle, Relationship relationship) {

    public static final ScoreFilter NONE = new ScoreFilter(null, null, null, null, null, null);

    public boolean isEmpty() {
        return tier == null && abcClass == null && pyramidLevel == null && rfmSegment == null && lifecycle == null
                && relationship == null;
    }
}
