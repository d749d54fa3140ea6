package org.idic.crm.segmentation.settings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every threshold of the segmentation spec, immutable. Component names are the JSON names (see
 * {@link SettingsJson}) and one form field each; {@link #defaults()} holds the spec's defaults. The
 * constructor only rejects nulls: whether the values make sense is {@link SettingsValidator}'s job,
 * so that a form can show every problem at once.
 *
 * @param windowDays           length w of the analysis window W (days asOf − w &lt; d ≤ asOf); 365
 * @param abcValueBasis        what ABC and the pyramid rank by; REVENUE
 * @param abcShareA            cumulative value share of class A; 0.80
 * @param abcShareB            cumulative value share of classes A+B; 0.95
 * @param pyramidShares        cumulative customer-count shares of PLATINUM, GOLD, IRON, LEAD; 0.01, 0.05, 0.20, 1.00
 * @param rfmMode              QUANTILE or FIXED_BINS; QUANTILE
 * @param rfmK                 number of score levels (3..10); 5
 * @param recencyCuts          FIXED_BINS: k−1 ascending cut points in days; 30, 60, 120, 240
 * @param frequencyCuts        FIXED_BINS: k−1 ascending cut points in purchase days; 2, 3, 5, 8
 * @param monetaryCuts         FIXED_BINS: k−1 ascending cut points in money; 100, 500, 1000, 5000
 * @param monetaryMode         TOTAL revenue(W) or AVERAGE_ORDER value; TOTAL
 * @param defaultMarginRate    margin rate of orders without a cost, and of customers without revenue; 0.30
 * @param channelCosts         cost of one interaction per channel
 * @param complaintCost        handling cost of one complaint; 60
 * @param timeUnit             BG/NBD time unit; WEEKS
 * @param minCustomersForModel below this many customers with purchases the retention fallback is used; 200
 * @param horizonMonths        CLV horizon H in months (1..120); 12
 * @param annualDiscountRate   d in [0, 1); 0.10
 * @param retentionRate        ρ of the retention fallback, in [0, 1); 0.8
 * @param mvcMode              SHARE or AMOUNT; SHARE
 * @param mvcShare             share of customers that are MVC; 0.20
 * @param mvcAmount            AMOUNT mode: minimum annualised current value of an MVC; 10000
 * @param mgcMode              SHARE or AMOUNT; SHARE
 * @param mgcShare             share of customers that are MGC; 0.20
 * @param mgcAmount            AMOUNT mode: minimum growth potential of an MGC; 5000
 * @param churnDays            TERMINATED after more than this many days without a purchase; 365
 * @param recentDays           length of the "recent" and "prior" lifecycle periods; 180
 * @param declineRatio         DECLINE when recent revenue &lt; this × prior revenue; 0.70
 * @param growthRatio          GROWTH when recent revenue &gt; this × prior revenue; 1.30
 * @param pAliveTerminated     TERMINATED when P(alive) is below this; 0.10
 * @param pAliveDecline        DECLINE when P(alive) is below this; 0.50
 * @param newCustomerDays      GROWTH when the first purchase is within this many days; 365
 * @param loyalMinPurchaseDays LOYAL needs at least this many purchase days in W; 4
 * @param loyalMaxRecencyDays  LOYAL needs recency of at most this many days; 90
 */
public record SegmentationSettings(
        int windowDays,
        AbcValueBasis abcValueBasis,
        double abcShareA,
        double abcShareB,
        List<Double> pyramidShares,
        RfmMode rfmMode,
        int rfmK,
        List<Double> recencyCuts,
        List<Double> frequencyCuts,
        List<Double> monetaryCuts,
        MonetaryMode monetaryMode,
        double defaultMarginRate,
        Map<Channel, Double> channelCosts,
        double complaintCost,
        TimeUnit timeUnit,
        int minCustomersForModel,
        int horizonMonths,
        double annualDiscountRate,
        double retentionRate,
        ThresholdMode mvcMode,
        double mvcShare,
        double mvcAmount,
        ThresholdMode mgcMode,
        double mgcShare,
        double mgcAmount,
        int churnDays,
        int recentDays,
        double declineRatio,
        double growthRatio,
        double pAliveTerminated,
        double pAliveDecline,
        int newCustomerDays,
        int loyalMinPurchaseDays,
        int loyalMaxRecencyDays) {

    private static final SegmentationSettings DEFAULTS = new SegmentationSettingsBuilder().build();

    /** Copies the collections (immutable, channels in declaration order) and rejects nulls. */
    public SegmentationSettings {
        Objects.requireNonNull(abcValueBasis, "abcValueBasis");
        pyramidShares = List.copyOf(Objects.requireNonNull(pyramidShares, "pyramidShares"));
        Objects.requireNonNull(rfmMode, "rfmMode");
        recencyCuts = List.copyOf(Objects.requireNonNull(recencyCuts, "recencyCuts"));
        frequencyCuts = List.copyOf(Objects.requireNonNull(frequencyCuts, "frequencyCuts"));
        monetaryCuts = List.copyOf(Objects.requireNonNull(monetaryCuts, "monetaryCuts"));
        Objects.requireNonNull(monetaryMode, "monetaryMode");
        EnumMap<Channel, Double> costs = new EnumMap<>(Channel.class);
        Objects.requireNonNull(channelCosts, "channelCosts").forEach((k, v) ->
                costs.put(Objects.requireNonNull(k, "channelCosts key"), Objects.requireNonNull(v, "channelCosts." + k)));
        channelCosts = Collections.unmodifiableMap(costs);
        Objects.requireNonNull(timeUnit, "timeUnit");
        Objects.requireNonNull(mvcMode, "mvcMode");
        Objects.requireNonNull(mgcMode, "mgcMode");
    }

    /** The spec's defaults. */
    public static SegmentationSettings defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static SegmentationSettingsBuilder builder() {
        return new SegmentationSettingsBuilder();
    }

    /** A builder starting from these settings. */
    public SegmentationSettingsBuilder toBuilder() {
        return new SegmentationSettingsBuilder(this);
    }

    /** Cost of one interaction on a channel (0 for a channel without a configured cost). */
    public double channelCost(Channel channel) {
        return channelCosts.getOrDefault(channel, 0.0);
    }
}
