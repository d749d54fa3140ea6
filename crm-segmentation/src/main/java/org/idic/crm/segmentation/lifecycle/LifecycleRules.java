package org.idic.crm.segmentation.lifecycle;

import org.idic.crm.segmentation.settings.SegmentationSettings;

/**
 * Lifecycle stage and relationship (spec §6), first matching rule wins. Pure functions of one
 * customer's numbers so that each rule and boundary can be tested on its own.
 */
public final class LifecycleRules {

    private LifecycleRules() {
    }

    /**
     * The rule that decides the lifecycle stage.
     *
     * @param hasPurchase            at least one completed order on or before asOf
     * @param recencyDays            asOf − last purchase day
     * @param daysSinceFirstPurchase asOf − first purchase day
     * @param pAlive                 P(alive), NaN when the CLV model gives none (its conditions are then false)
     */
    public static LifecycleRule stage(boolean hasPurchase, int recencyDays, int daysSinceFirstPurchase,
                                      double revenueRecent, double revenuePrior, double pAlive, boolean closed,
                                      SegmentationSettings s) {
        if (!hasPurchase) {
            return LifecycleRule.PROSPECT;
        }
        if (recencyDays > s.churnDays()) {
            return LifecycleRule.NO_PURCHASE_FOR_CHURN_DAYS;
        }
        if (pAlive < s.pAliveTerminated()) {
            return LifecycleRule.P_ALIVE_TERMINATED;
        }
        if (closed) {
            return LifecycleRule.CLOSED;
        }
        // no purchase day d with asOf − recentDays < d ≤ asOf
        if (recencyDays >= s.recentDays()) {
            return LifecycleRule.NO_RECENT_PURCHASE;
        }
        if (revenueRecent < s.declineRatio() * revenuePrior) {
            return LifecycleRule.REVENUE_DROP;
        }
        if (pAlive < s.pAliveDecline()) {
            return LifecycleRule.P_ALIVE_DECLINE;
        }
        // first purchase day d with asOf − newCustomerDays < d
        if (daysSinceFirstPurchase < s.newCustomerDays()) {
            return LifecycleRule.NEW_CUSTOMER;
        }
        if (revenueRecent > s.growthRatio() * revenuePrior) {
            return LifecycleRule.REVENUE_GROWTH;
        }
        return LifecycleRule.OTHERWISE;
    }

    /** The relationship status, given the lifecycle stage. */
    public static Relationship relationship(LifecycleStage stage, int purchaseDaysInWindow, int purchaseDaysTotal,
                                            int recencyDays, SegmentationSettings s) {
        if (stage == LifecycleStage.PROSPECT) {
            return Relationship.PROSPECT;
        }
        if (stage == LifecycleStage.TERMINATED) {
            return Relationship.LOST;
        }
        if (purchaseDaysInWindow >= s.loyalMinPurchaseDays() && recencyDays <= s.loyalMaxRecencyDays()) {
            return Relationship.LOYAL;
        }
        return purchaseDaysTotal >= 2 ? Relationship.REPEAT : Relationship.FIRST_TIME;
    }
}
