package org.idic.crm.segmentation.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleRulesTest {

    private static final SegmentationSettings S = SegmentationSettings.defaults();

    /** A mature customer is changed one number at a time: recency, days since first purchase, revenues, P(alive), closed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "mature baseline                 | true  | 10  | 1000 | 100    | 100 | 0.9    | false | OTHERWISE",
            "no order at all                 | false | 0   | 0    | 0      | 0   | NaN    | false | PROSPECT",
            "no purchase for 366 > 365 days  | true  | 366 | 1000 | 0      | 0   | 0.9    | false | NO_PURCHASE_FOR_CHURN_DAYS",
            "365 days is not yet terminated  | true  | 365 | 1000 | 0      | 0   | 0.9    | false | NO_RECENT_PURCHASE",
            "P(alive) 0.0999 < 0.10          | true  | 10  | 1000 | 100    | 100 | 0.0999 | false | P_ALIVE_TERMINATED",
            "P(alive) 0.10 is not < 0.10     | true  | 10  | 1000 | 100    | 100 | 0.10   | false | P_ALIVE_DECLINE",
            "closed by a user                | true  | 10  | 1000 | 100    | 100 | 0.9    | true  | CLOSED",
            "churn rule before closed        | true  | 400 | 1000 | 0      | 0   | 0.9    | true  | NO_PURCHASE_FOR_CHURN_DAYS",
            "no purchase in the last 180     | true  | 180 | 1000 | 0      | 100 | 0.9    | false | NO_RECENT_PURCHASE",
            "a purchase 179 days ago counts  | true  | 179 | 1000 | 100    | 100 | 0.9    | false | OTHERWISE",
            "revenue 69.99 < 70% of 100      | true  | 10  | 1000 | 69.99  | 100 | 0.9    | false | REVENUE_DROP",
            "revenue 70 is 70% of 100        | true  | 10  | 1000 | 70     | 100 | 0.9    | false | OTHERWISE",
            "P(alive) 0.4999 < 0.50          | true  | 10  | 1000 | 100    | 100 | 0.4999 | false | P_ALIVE_DECLINE",
            "P(alive) 0.50 is not < 0.50     | true  | 10  | 1000 | 100    | 100 | 0.50   | false | OTHERWISE",
            "first purchase 364 days ago     | true  | 10  | 364  | 100    | 100 | 0.9    | false | NEW_CUSTOMER",
            "first purchase 365 days ago     | true  | 10  | 365  | 100    | 100 | 0.9    | false | OTHERWISE",
            "decline wins over new customer  | true  | 10  | 30   | 10     | 100 | 0.9    | false | REVENUE_DROP",
            "revenue 130.01 > 130% of 100    | true  | 10  | 1000 | 130.01 | 100 | 0.9    | false | REVENUE_GROWTH",
            "revenue 130 is 130% of 100      | true  | 10  | 1000 | 130    | 100 | 0.9    | false | OTHERWISE",
            "revenue after none before       | true  | 10  | 1000 | 50     | 0   | 0.9    | false | REVENUE_GROWTH",
            "no model: P(alive) rules skip   | true  | 10  | 1000 | 100    | 100 | NaN    | false | OTHERWISE"})
    void firstMatchingRuleWins(String name, boolean bought, int recency, int sinceFirst, double recent, double prior,
                               double pAlive, boolean closed, LifecycleRule expected) {
        assertThat(LifecycleRules.stage(bought, recency, sinceFirst, recent, prior, pAlive, closed, S)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "prospect                    | PROSPECT   | 0 | 0 | -1 | PROSPECT",
            "terminated is lost          | TERMINATED | 9 | 9 | 5  | LOST",
            "4 days in W, recency 90     | MATURE     | 4 | 9 | 90 | LOYAL",
            "3 days in W is not loyal    | MATURE     | 3 | 9 | 5  | REPEAT",
            "recency 91 is not loyal     | GROWTH     | 6 | 9 | 91 | REPEAT",
            "two purchase days ever      | DECLINE    | 1 | 2 | 200| REPEAT",
            "one purchase day            | GROWTH     | 1 | 1 | 3  | FIRST_TIME"})
    void relationshipFollowsTheSpecOrder(String name, LifecycleStage stage, int inWindow, int total, int recency,
                                         Relationship expected) {
        assertThat(LifecycleRules.relationship(stage, inWindow, total, recency, S)).isEqualTo(expected);
    }
}
