package org.idic.crm.segmentation.cli;

import java.io.IOException;
import java.io.Writer;
import org.idic.crm.segmentation.SegmentationResult;

/** The score output CSV: one row per customer, in the facts' order (ascending customer id). */
final class ResultCsv {

    static final String HEADER = "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,"
            + "rfm_segment,abc_class,pyramid_level,historic_value,p_alive,expected_purchases_horizon,"
            + "expected_avg_value,predicted_clv,current_value,future_value,growth_potential,tier,value_quadrant,"
            + "lifecycle_stage,relationship,clv_model";

    private ResultCsv() {
    }

    /** Money to 2 decimals, probabilities and expected counts to 6; empty cells for "not applicable". */
    static void write(SegmentationResult r, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        String model = r.clvModel().name();
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < r.size(); i++) {
            b.setLength(0);
            b.append(r.customerId(i)).append(',');
            if (r.recencyDays(i) != SegmentationResult.NO_RECENCY) {
                b.append(r.recencyDays(i));
            }
            b.append(',').append(r.frequency(i)).append(',');
            Numbers.append(b, r.monetary(i), 2);
            b.append(',');
            if (r.rScore(i) > 0) {
                b.append(r.rScore(i)).append(',').append(r.fScore(i)).append(',').append(r.mScore(i));
            } else {
                b.append(",,");
            }
            b.append(',').append(r.rfmCode(i)).append(',').append(r.rfmSegment(i)).append(',').append(r.abcClass(i))
                    .append(',').append(r.pyramidLevel(i)).append(',');
            Numbers.append(b, r.historicValue(i), 2);
            b.append(',');
            Numbers.append(b, r.pAlive(i), 6);
            b.append(',');
            Numbers.append(b, r.expectedPurchasesHorizon(i), 6);
            b.append(',');
            Numbers.append(b, r.expectedAvgValue(i), 2);
            b.append(',');
            Numbers.append(b, r.predictedClv(i), 2);
            b.append(',');
            Numbers.append(b, r.currentValue(i), 2);
            b.append(',');
            Numbers.append(b, r.futureValue(i), 2);
            b.append(',');
            Numbers.append(b, r.growthPotential(i), 2);
            b.append(',').append(r.tier(i)).append(',').append(r.valueQuadrant(i)).append(',')
                    .append(r.lifecycleStage(i)).append(',').append(r.relationship(i)).append(',').append(model)
                    .append('\n');
            out.append(b);
        }
    }
}
