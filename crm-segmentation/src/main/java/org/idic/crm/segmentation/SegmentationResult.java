package org.idic.crm.segmentation;

import java.time.LocalDate;
import java.util.List;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.clv.ClvModel;
import org.idic.crm.segmentation.clv.ModelReport;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.lifecycle.LifecycleRule;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.segmentation.tier.ValueMatrix;
import org.idic.crm.segmentation.tier.ValueQuadrant;

/**
 * The scores of one run, indexed like the {@link CustomerFacts} they came from (columnar: no object per
 * customer). Explanations are built on demand from the stored numbers. Money is in the facts'
 * currency; "annualised" values are per 365 days.
 */
public final class SegmentationResult {

    /** {@link #recencyDays} of a customer without purchases. */
    public static final int NO_RECENCY = -1;

    final CustomerFacts facts;
    final SegmentationSettings settings;
    final LocalDate asOf;
    final int[] recencyDays;
    final double[] monetary;
    final byte[] rScore;
    final byte[] fScore;
    final byte[] mScore;
    final byte[] rfmSegment;
    final byte[] abcClass;
    final byte[] pyramidLevel;
    final int[] valueRank;
    final double[] valueBefore;
    final double[] pAlive;
    final double[] expectedPurchases;
    final double[] expectedAvgValue;
    final double[] predictedClv;
    final double[] currentValue;
    final double[] futureValue;
    final double[] growthPotential;
    final byte[] tier;
    final int[] tierRank;
    final byte[] valueQuadrant;
    final byte[] lifecycleRule;
    final byte[] relationship;
    double abcTotal;
    double historicTotal;
    double discountSum;
    int rankedCustomers;
    ModelReport modelReport;
    ValueMatrix valueMatrix;
    List<StageTiming> timings;

    SegmentationResult(CustomerFacts facts, SegmentationSettings settings, LocalDate asOf) {
        int n = facts.size();
        this.facts = facts;
        this.settings = settings;
        this.asOf = asOf;
        recencyDays = new int[n];
        monetary = new double[n];
        rScore = new byte[n];
        fScore = new byte[n];
        mScore = new byte[n];
        rfmSegment = new byte[n];
        abcClass = new byte[n];
        pyramidLevel = new byte[n];
        valueRank = new int[n];
        valueBefore = new double[n];
        pAlive = new double[n];
        expectedPurchases = new double[n];
        expectedAvgValue = new double[n];
        predictedClv = new double[n];
        currentValue = new double[n];
        futureValue = new double[n];
        growthPotential = new double[n];
        tier = new byte[n];
        tierRank = new int[n];
        valueQuadrant = new byte[n];
        lifecycleRule = new byte[n];
        relationship = new byte[n];
    }

    public int size() {
        return facts.size();
    }

    public LocalDate asOf() {
        return asOf;
    }

    public SegmentationSettings settings() {
        return settings;
    }

    public long customerId(int i) {
        return facts.id(i);
    }

    /** Days from the last purchase day to asOf; {@link #NO_RECENCY} for prospects. */
    public int recencyDays(int i) {
        return recencyDays[i];
    }

    /** Purchase days in the analysis window W. */
    public int frequency(int i) {
        return facts.purchaseDaysInWindow(i);
    }

    /** revenue(W), or revenue(W) ÷ orders in W in AVERAGE_ORDER mode (0 without orders in W). */
    public double monetary(int i) {
        return monetary[i];
    }

    /** R score 1..k; 0 when the customer has no purchase in W and is not scored. */
    public int rScore(int i) {
        return rScore[i];
    }

    public int fScore(int i) {
        return fScore[i];
    }

    public int mScore(int i) {
        return mScore[i];
    }

    /** The three scores as digits, e.g. "545" (with k = 10: "10-5-10"); empty when not scored. */
    public String rfmCode(int i) {
        if (rScore[i] == 0) {
            return "";
        }
        String sep = settings.rfmK() > 9 ? "-" : "";
        return rScore[i] + sep + fScore[i] + sep + mScore[i];
    }

    public RfmSegment rfmSegment(int i) {
        return RfmSegment.values()[rfmSegment[i]];
    }

    public AbcClass abcClass(int i) {
        return AbcClass.values()[abcClass[i]];
    }

    public PyramidLevel pyramidLevel(int i) {
        return PyramidLevel.values()[pyramidLevel[i]];
    }

    /** Σ margin of all completed orders on or before asOf, undiscounted. */
    public double historicValue(int i) {
        return facts.marginTotal(i);
    }

    /** historicValue ÷ Σ historicValue of all customers; NaN when that total is not positive. */
    public double historicShare(int i) {
        return historicTotal > 0 ? facts.marginTotal(i) / historicTotal : Double.NaN;
    }

    /** P(alive); NaN for prospects and under the retention fallback. */
    public double pAlive(int i) {
        return pAlive[i];
    }

    /** E[Y(H months)], expected purchase days over the horizon; NaN when not modelled. */
    public double expectedPurchasesHorizon(int i) {
        return expectedPurchases[i];
    }

    /** Gamma-Gamma E[M], expected amount per purchase day; NaN when not modelled. */
    public double expectedAvgValue(int i) {
        return expectedAvgValue[i];
    }

    /** Predicted CLV (margin, discounted, over the horizon); NaN for prospects. */
    public double predictedClv(int i) {
        return predictedClv[i];
    }

    /** (margin(W) − serviceCost(W)) · 365 / w. */
    public double currentValue(int i) {
        return currentValue[i];
    }

    /** CLV − projected service cost; NaN for prospects. */
    public double futureValue(int i) {
        return futureValue[i];
    }

    /** Growth potential per year, ≥ 0; NaN for prospects. */
    public double growthPotential(int i) {
        return growthPotential[i];
    }

    public Tier tier(int i) {
        return Tier.values()[tier[i]];
    }

    public ValueQuadrant valueQuadrant(int i) {
        return ValueQuadrant.values()[valueQuadrant[i]];
    }

    public LifecycleStage lifecycleStage(int i) {
        return lifecycleRule(i).stage();
    }

    /** The rule that decided {@link #lifecycleStage}. */
    public LifecycleRule lifecycleRule(int i) {
        return LifecycleRule.values()[lifecycleRule[i]];
    }

    public Relationship relationship(int i) {
        return Relationship.values()[relationship[i]];
    }

    /** The CLV model of this run (the same for every customer). */
    public ClvModel clvModel() {
        return modelReport.model();
    }

    public ModelReport modelReport() {
        return modelReport;
    }

    /** Thresholds and counts of the tiers and the value matrix. */
    public ValueMatrix valueMatrix() {
        return valueMatrix;
    }

    /** Time per stage, in run order. */
    public List<StageTiming> timings() {
        return timings;
    }

    public Explanation explainTier(int i) {
        return Explanations.tier(this, i);
    }

    public Explanation explainLifecycle(int i) {
        return Explanations.lifecycle(this, i);
    }

    public Explanation explainRelationship(int i) {
        return Explanations.relationship(this, i);
    }

    public Explanation explainAbc(int i) {
        return Explanations.abc(this, i);
    }

    public Explanation explainPyramid(int i) {
        return Explanations.pyramid(this, i);
    }

    public Explanation explainRfm(int i) {
        return Explanations.rfm(this, i);
    }

    public Explanation explainClv(int i) {
        return Explanations.clv(this, i);
    }

    public Explanation explainValueQuadrant(int i) {
        return Explanations.quadrant(this, i);
    }
}
