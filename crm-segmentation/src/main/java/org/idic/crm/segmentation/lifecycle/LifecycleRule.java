package org.idic.crm.segmentation.lifecycle;

/** The rule that decided a customer's lifecycle stage, in the order the rules are tried. */
public enum LifecycleRule {
    PROSPECT(LifecycleStage.PROSPECT, "lifecycle.PROSPECT"),
    NO_PURCHASE_FOR_CHURN_DAYS(LifecycleStage.TERMINATED, "lifecycle.TERMINATED.noPurchase"),
    P_ALIVE_TERMINATED(LifecycleStage.TERMINATED, "lifecycle.TERMINATED.pAlive"),
    CLOSED(LifecycleStage.TERMINATED, "lifecycle.TERMINATED.closed"),
    NO_RECENT_PURCHASE(LifecycleStage.DECLINE, "lifecycle.DECLINE.noRecentPurchase"),
    REVENUE_DROP(LifecycleStage.DECLINE, "lifecycle.DECLINE.revenueDrop"),
    P_ALIVE_DECLINE(LifecycleStage.DECLINE, "lifecycle.DECLINE.pAlive"),
    NEW_CUSTOMER(LifecycleStage.GROWTH, "lifecycle.GROWTH.newCustomer"),
    REVENUE_GROWTH(LifecycleStage.GROWTH, "lifecycle.GROWTH.revenueGrowth"),
    OTHERWISE(LifecycleStage.MATURE, "lifecycle.MATURE");

    private final LifecycleStage stage;
    private final String code;

    LifecycleRule(LifecycleStage stage, String code) {
        this.stage = stage;
        this.code = code;
    }

    public LifecycleStage stage() {
        return stage;
    }

    /** The explanation code. */
    public String code() {
        return code;
    }
}
