package org.idic.crm.segmentation.tier;

/**
 * How the value tiers and the value matrix were cut in one run.
 *
 * @param mvcThreshold      the smallest annualised current value among MVCs (SHARE mode) or the fixed
 *                          amount (AMOUNT mode); NaN when nobody qualifies, and then nobody is "high"
 * @param mgcThreshold      likewise for growth potential among MGCs
 * @param mvcCount          number of MVCs
 * @param mgcCount          number of MGCs
 * @param mvcLimit          SHARE mode: ceil(mvcShare · n), the most MVCs there can be; −1 in AMOUNT mode
 * @param mgcLimit          SHARE mode: ceil(mgcShare · n); −1 in AMOUNT mode
 * @param rankedCustomers   n, the number of customers with a purchase on or before asOf
 */
public record ValueMatrix(double mvcThreshold, double mgcThreshold, int mvcCount, int mgcCount, int mvcLimit,
                          int mgcLimit, int rankedCustomers) {

    /** The quadrant of a ranked customer: "high" means at or above the threshold. */
    public ValueQuadrant quadrant(double currentValue, double growthPotential) {
        boolean highValue = currentValue >= mvcThreshold;
        boolean highGrowth = growthPotential >= mgcThreshold;
        if (highValue) {
            return highGrowth ? ValueQuadrant.I : ValueQuadrant.II;
        }
        return highGrowth ? ValueQuadrant.IV : ValueQuadrant.III;
    }
}
