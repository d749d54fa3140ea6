package org.idic.crm.domain.segmentation;

import java.time.LocalDate;

/**
 * A customer's scores in the current snapshot, with the explanations as data: {@code tierReason} is an
 * explanation code (e.g. {@code tier.BZ}) and {@code tierValues} its numbers in the documented order;
 * likewise for the lifecycle stage. NaN-free: absent numbers are null.
 */
public record CustomerScore(Long runId, LocalDate asOf, String clvModel, String tier, String tierReason,
        Double[] tierValues, String valueQuadrant, String abcClass, String pyramidLevel, Integer recencyDays,
        int frequency, double monetary, Integer rScore, Integer fScore, Integer mScore, String rfmCode,
        String rfmSegment, double historicValue, Double historicShare, Double pAlive, Double expectedPurchases,
        Double expectedAvgValue, Double predictedClv, Double currentValue, Double futureValue, Double growthPotential,
        String lifecycle, String lifecycleReason, Double[] lifecycleValues, String relationship) {

    /** The explanation's numbers as message arguments ({0}, {1}, ...). */
    public Object[] tierArguments() {
        return tierValues == null ? new Object[0] : tierValues;
    }

    public Object[] lifecycleArguments() {
        return lifecycleValues == null ? new Object[0] : lifecycleValues;
    }
}
