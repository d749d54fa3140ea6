package org.idic.crm.domain.report;

import org.idic.crm.domain.report.internal.ParetoBins;
import org.idic.crm.domain.segmentation.ScoredRun;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.tier.Tier;

/**
 * What the reports add customers up by: each dimension's name in the sums a run leaves (report_cell),
 * its value for a customer as the run computes it in memory, and the same value in SQL over a score row
 * {@code s} (for the corrections added up in the database). One place for the three, so they cannot
 * drift apart. A customer without a value in a dimension (no RFM scores, or a prospect in the Pareto
 * curve) is not counted in it.
 */
public enum Dimension {

    TIER("tier", "s.tier") {
        @Override
        public String value(ScoredRun run, int i) {
            return run.result().tier(i).name();
        }
    },
    ABC("abc", "s.abc_class") {
        @Override
        public String value(ScoredRun run, int i) {
            return run.result().abcClass(i).name();
        }
    },
    PYRAMID("pyramid", "s.pyramid_level") {
        @Override
        public String value(ScoredRun run, int i) {
            return run.result().pyramidLevel(i).name();
        }
    },
    LIFECYCLE("lifecycle", "s.lifecycle") {
        @Override
        public String value(ScoredRun run, int i) {
            return run.result().lifecycleStage(i).name();
        }
    },
    RELATIONSHIP("relationship", "s.relationship") {
        @Override
        public String value(ScoredRun run, int i) {
            return run.result().relationship(i).name();
        }
    },
    QUADRANT("quadrant", "s.value_quadrant") {
        @Override
        public String value(ScoredRun run, int i) {
            return run.result().valueQuadrant(i).name();
        }
    },
    /** An R × F cell and its segment, as "r:f:SEGMENT". */
    RFM("rfm", "case when s.r_score is not null then s.r_score || ':' || s.f_score || ':' || s.rfm_segment end") {
        @Override
        public String value(ScoredRun run, int i) {
            SegmentationResult r = run.result();
            return r.rScore(i) > 0 ? r.rScore(i) + ":" + r.fScore(i) + ":" + r.rfmSegment(i).name() : null;
        }
    },
    /** The revenue bin of a customer who bought (see {@link ParetoBins}). */
    PARETO("pareto", "case when s.tier <> 'PROSPECT' then " + ParetoBins.sql("s.revenue_window") + " end") {
        @Override
        public String value(ScoredRun run, int i) {
            return run.result().tier(i) != Tier.PROSPECT ? ParetoBins.bin(run.facts().revenueWindow(i)) : null;
        }
    };

    private final String code;
    private final String sql;

    Dimension(String code, String sql) {
        this.code = code;
        this.sql = sql;
    }

    /** The dimension's name in the run's sums. */
    public String code() {
        return code;
    }

    /** The customer's value in this dimension, from a score row aliased {@code s}, or NULL. */
    public String sql() {
        return sql;
    }

    /** Customer {@code i}'s value in this dimension as the run computed it, or null when it has none. */
    public abstract String value(ScoredRun run, int i);
}
