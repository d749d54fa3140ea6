package org.idic.crm.segmentation.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.idic.crm.segmentation.SegmentationResult;

/**
 * The score output CSV: one row per customer, in the facts' order (ascending customer id). Blocks of
 * rows are formatted in parallel and written in order, so the file is the same on any machine.
 */
final class ResultCsv {

    static final String HEADER = "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_code,"
            + "rfm_segment,abc_class,pyramid_level,historic_value,p_alive,expected_purchases_horizon,"
            + "expected_avg_value,predicted_clv,current_value,future_value,growth_potential,tier,value_quadrant,"
            + "lifecycle_stage,relationship,clv_model";

    private static final int BLOCK = 1 << 15;
    private static final int BLOCKS_AT_ONCE = 8;

    private ResultCsv() {
    }

    /** Money to 2 decimals, probabilities and expected counts to 6; empty cells for "not applicable". */
    static void write(SegmentationResult r, OutputStream out) throws IOException {
        out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        Names names = new Names(r);
        int blocks = (r.size() + BLOCK - 1) / BLOCK;
        for (int first = 0; first < blocks; first += BLOCKS_AT_ONCE) {
            ByteLine[] formatted = IntStream.range(first, Math.min(blocks, first + BLOCKS_AT_ONCE)).parallel()
                    .mapToObj(b -> block(r, names, b * BLOCK, Math.min(r.size(), (b + 1) * BLOCK)))
                    .toArray(ByteLine[]::new);
            for (ByteLine line : formatted) {
                out.write(line.array(), 0, line.length());
            }
        }
    }

    private static ByteLine block(SegmentationResult r, Names names, int from, int to) {
        ByteLine b = new ByteLine((to - from) * 160);
        byte comma = ',';
        for (int i = from; i < to; i++) {
            b.append(r.customerId(i)).append(comma);
            if (r.recencyDays(i) != SegmentationResult.NO_RECENCY) {
                b.append(r.recencyDays(i));
            }
            b.append(comma).append(r.frequency(i)).append(comma).append(r.monetary(i), 2).append(comma);
            if (r.rScore(i) > 0) {
                b.append(r.rScore(i)).append(comma).append(r.fScore(i)).append(comma).append(r.mScore(i)).append(comma)
                        .append(r.rfmCode(i).getBytes(StandardCharsets.US_ASCII));
            } else {
                b.append(comma).append(comma).append(comma);
            }
            b.append(comma).append(names.rfm[r.rfmSegment(i).ordinal()]).append(comma)
                    .append(names.abc[r.abcClass(i).ordinal()]).append(comma)
                    .append(names.pyramid[r.pyramidLevel(i).ordinal()]).append(comma)
                    .append(r.historicValue(i), 2).append(comma)
                    .append(r.pAlive(i), 6).append(comma)
                    .append(r.expectedPurchasesHorizon(i), 6).append(comma)
                    .append(r.expectedAvgValue(i), 2).append(comma)
                    .append(r.predictedClv(i), 2).append(comma)
                    .append(r.currentValue(i), 2).append(comma)
                    .append(r.futureValue(i), 2).append(comma)
                    .append(r.growthPotential(i), 2).append(comma)
                    .append(names.tier[r.tier(i).ordinal()]).append(comma)
                    .append(names.quadrant[r.valueQuadrant(i).ordinal()]).append(comma)
                    .append(names.lifecycle[r.lifecycleStage(i).ordinal()]).append(comma)
                    .append(names.relationship[r.relationship(i).ordinal()]).append(comma)
                    .append(names.model).append((byte) '\n');
        }
        return b;
    }

    /** Enum names as bytes, once per run. */
    private static final class Names {
        final byte[][] rfm = names(org.idic.crm.segmentation.rfm.RfmSegment.values());
        final byte[][] abc = names(org.idic.crm.segmentation.abc.AbcClass.values());
        final byte[][] pyramid = names(org.idic.crm.segmentation.abc.PyramidLevel.values());
        final byte[][] tier = names(org.idic.crm.segmentation.tier.Tier.values());
        final byte[][] quadrant = names(org.idic.crm.segmentation.tier.ValueQuadrant.values());
        final byte[][] lifecycle = names(org.idic.crm.segmentation.lifecycle.LifecycleStage.values());
        final byte[][] relationship = names(org.idic.crm.segmentation.lifecycle.Relationship.values());
        final byte[] model;

        Names(SegmentationResult r) {
            model = r.clvModel().name().getBytes(StandardCharsets.US_ASCII);
        }

        private static byte[][] names(Enum<?>[] values) {
            byte[][] b = new byte[values.length][];
            for (int i = 0; i < values.length; i++) {
                b[i] = values[i].name().getBytes(StandardCharsets.US_ASCII);
            }
            return b;
        }
    }
}
