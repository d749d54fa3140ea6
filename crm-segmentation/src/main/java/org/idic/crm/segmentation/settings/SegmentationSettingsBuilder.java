package org.idic.crm.segmentation.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link SegmentationSettings}, starting from the spec's defaults. Setter names are the
 * component names.
 */
public final class SegmentationSettingsBuilder {
    private int windowDays = 365;
    private AbcValueBasis abcValueBasis = AbcValueBasis.REVENUE;
    private double abcShareA = 0.80;
    private double abcShareB = 0.95;
    private List<Double> pyramidShares = List.of(0.01, 0.05, 0.20, 1.00);
    private RfmMode rfmMode = RfmMode.QUANTILE;
    private int rfmK = 5;
    private List<Double> recencyCuts = List.of(30.0, 60.0, 120.0, 240.0);
    private List<Double> frequencyCuts = List.of(2.0, 3.0, 5.0, 8.0);
    private List<Double> monetaryCuts = List.of(100.0, 500.0, 1000.0, 5000.0);
    private MonetaryMode monetaryMode = MonetaryMode.TOTAL;
    private double defaultMarginRate = 0.30;
    private Map<Channel, Double> channelCosts = defaultChannelCosts();
    private double complaintCost = 60;
    private TimeUnit timeUnit = TimeUnit.WEEKS;
    private int minCustomersForModel = 200;
    private int horizonMonths = 12;
    private double annualDiscountRate = 0.10;
    private double retentionRate = 0.8;
    private ThresholdMode mvcMode = ThresholdMode.SHARE;
    private double mvcShare = 0.20;
    private double mvcAmount = 10_000;
    private ThresholdMode mgcMode = ThresholdMode.SHARE;
    private double mgcShare = 0.20;
    private double mgcAmount = 5_000;
    private int churnDays = 365;
    private int recentDays = 180;
    private double declineRatio = 0.70;
    private double growthRatio = 1.30;
    private double pAliveTerminated = 0.10;
    private double pAliveDecline = 0.50;
    private int newCustomerDays = 365;
    private int loyalMinPurchaseDays = 4;
    private int loyalMaxRecencyDays = 90;

    SegmentationSettingsBuilder() {
    }

    SegmentationSettingsBuilder(SegmentationSettings s) {
        windowDays = s.windowDays();
        abcValueBasis = s.abcValueBasis();
        abcShareA = s.abcShareA();
        abcShareB = s.abcShareB();
        pyramidShares = s.pyramidShares();
        rfmMode = s.rfmMode();
        rfmK = s.rfmK();
        recencyCuts = s.recencyCuts();
        frequencyCuts = s.frequencyCuts();
        monetaryCuts = s.monetaryCuts();
        monetaryMode = s.monetaryMode();
        defaultMarginRate = s.defaultMarginRate();
        channelCosts = s.channelCosts();
        complaintCost = s.complaintCost();
        timeUnit = s.timeUnit();
        minCustomersForModel = s.minCustomersForModel();
        horizonMonths = s.horizonMonths();
        annualDiscountRate = s.annualDiscountRate();
        retentionRate = s.retentionRate();
        mvcMode = s.mvcMode();
        mvcShare = s.mvcShare();
        mvcAmount = s.mvcAmount();
        mgcMode = s.mgcMode();
        mgcShare = s.mgcShare();
        mgcAmount = s.mgcAmount();
        churnDays = s.churnDays();
        recentDays = s.recentDays();
        declineRatio = s.declineRatio();
        growthRatio = s.growthRatio();
        pAliveTerminated = s.pAliveTerminated();
        pAliveDecline = s.pAliveDecline();
        newCustomerDays = s.newCustomerDays();
        loyalMinPurchaseDays = s.loyalMinPurchaseDays();
        loyalMaxRecencyDays = s.loyalMaxRecencyDays();
    }

    /**
     * Default cost per interaction: a field visit or meeting costs a rep's half day, an event a share of
     * its budget, a call a quarter hour, a letter printing and postage, digital channels next to nothing.
     */
    static Map<Channel, Double> defaultChannelCosts() {
        Map<Channel, Double> costs = new EnumMap<>(Channel.class);
        costs.put(Channel.VISIT, 120.0);
        costs.put(Channel.PHONE, 15.0);
        costs.put(Channel.EMAIL, 5.0);
        costs.put(Channel.LETTER, 10.0);
        costs.put(Channel.WEBSITE, 1.0);
        costs.put(Channel.INSTANT_MESSAGE, 3.0);
        costs.put(Channel.MEETING, 150.0);
        costs.put(Channel.EVENT, 80.0);
        return costs;
    }

    public SegmentationSettingsBuilder windowDays(int value) {
        this.windowDays = value;
        return this;
    }

    public SegmentationSettingsBuilder abcValueBasis(AbcValueBasis value) {
        this.abcValueBasis = value;
        return this;
    }

    public SegmentationSettingsBuilder abcShareA(double value) {
        this.abcShareA = value;
        return this;
    }

    public SegmentationSettingsBuilder abcShareB(double value) {
        this.abcShareB = value;
        return this;
    }

    public SegmentationSettingsBuilder pyramidShares(List<Double> value) {
        this.pyramidShares = value;
        return this;
    }

    public SegmentationSettingsBuilder rfmMode(RfmMode value) {
        this.rfmMode = value;
        return this;
    }

    public SegmentationSettingsBuilder rfmK(int value) {
        this.rfmK = value;
        return this;
    }

    public SegmentationSettingsBuilder recencyCuts(List<Double> value) {
        this.recencyCuts = value;
        return this;
    }

    public SegmentationSettingsBuilder frequencyCuts(List<Double> value) {
        this.frequencyCuts = value;
        return this;
    }

    public SegmentationSettingsBuilder monetaryCuts(List<Double> value) {
        this.monetaryCuts = value;
        return this;
    }

    public SegmentationSettingsBuilder monetaryMode(MonetaryMode value) {
        this.monetaryMode = value;
        return this;
    }

    public SegmentationSettingsBuilder defaultMarginRate(double value) {
        this.defaultMarginRate = value;
        return this;
    }

    public SegmentationSettingsBuilder channelCosts(Map<Channel, Double> value) {
        this.channelCosts = value;
        return this;
    }

    public SegmentationSettingsBuilder complaintCost(double value) {
        this.complaintCost = value;
        return this;
    }

    public SegmentationSettingsBuilder timeUnit(TimeUnit value) {
        this.timeUnit = value;
        return this;
    }

    public SegmentationSettingsBuilder minCustomersForModel(int value) {
        this.minCustomersForModel = value;
        return this;
    }

    public SegmentationSettingsBuilder horizonMonths(int value) {
        this.horizonMonths = value;
        return this;
    }

    public SegmentationSettingsBuilder annualDiscountRate(double value) {
        this.annualDiscountRate = value;
        return this;
    }

    public SegmentationSettingsBuilder retentionRate(double value) {
        this.retentionRate = value;
        return this;
    }

    public SegmentationSettingsBuilder mvcMode(ThresholdMode value) {
        this.mvcMode = value;
        return this;
    }

    public SegmentationSettingsBuilder mvcShare(double value) {
        this.mvcShare = value;
        return this;
    }

    public SegmentationSettingsBuilder mvcAmount(double value) {
        this.mvcAmount = value;
        return this;
    }

    public SegmentationSettingsBuilder mgcMode(ThresholdMode value) {
        this.mgcMode = value;
        return this;
    }

    public SegmentationSettingsBuilder mgcShare(double value) {
        this.mgcShare = value;
        return this;
    }

    public SegmentationSettingsBuilder mgcAmount(double value) {
        this.mgcAmount = value;
        return this;
    }

    public SegmentationSettingsBuilder churnDays(int value) {
        this.churnDays = value;
        return this;
    }

    public SegmentationSettingsBuilder recentDays(int value) {
        this.recentDays = value;
        return this;
    }

    public SegmentationSettingsBuilder declineRatio(double value) {
        this.declineRatio = value;
        return this;
    }

    public SegmentationSettingsBuilder growthRatio(double value) {
        this.growthRatio = value;
        return this;
    }

    public SegmentationSettingsBuilder pAliveTerminated(double value) {
        this.pAliveTerminated = value;
        return this;
    }

    public SegmentationSettingsBuilder pAliveDecline(double value) {
        this.pAliveDecline = value;
        return this;
    }

    public SegmentationSettingsBuilder newCustomerDays(int value) {
        this.newCustomerDays = value;
        return this;
    }

    public SegmentationSettingsBuilder loyalMinPurchaseDays(int value) {
        this.loyalMinPurchaseDays = value;
        return this;
    }

    public SegmentationSettingsBuilder loyalMaxRecencyDays(int value) {
        this.loyalMaxRecencyDays = value;
        return this;
    }

    /** The settings; nulls are rejected, everything else is left to {@link SettingsValidator}. */
    public SegmentationSettings build() {
        return new SegmentationSettings(
                windowDays, abcValueBasis, abcShareA, abcShareB, pyramidShares, rfmMode, rfmK, recencyCuts,
                frequencyCuts, monetaryCuts, monetaryMode, defaultMarginRate, channelCosts, complaintCost,
                timeUnit, minCustomersForModel, horizonMonths, annualDiscountRate, retentionRate, mvcMode,
                mvcShare, mvcAmount, mgcMode, mgcShare, mgcAmount, churnDays, recentDays, declineRatio,
                growthRatio, pAliveTerminated, pAliveDecline, newCustomerDays, loyalMinPurchaseDays,
                loyalMaxRecencyDays);
    }
}
