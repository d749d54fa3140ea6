package org.idic.crm.segmentation.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.idic.crm.segmentation.settings.Channel;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.junit.jupiter.api.Test;

class FactsSummarizerTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final int D = (int) AS_OF.toEpochDay();

    @Test
    void aggregatesOrdersExactlyAsDocumented() {
        SegmentationSettings s = SegmentationSettings.builder().windowDays(365).recentDays(180).build();
        FactsSummarizer f = new FactsSummarizer(AS_OF, s);
        f.addOrder(7, D - 400, 100, 60);        // before W and before the prior period
        f.addOrder(7, D - 365, 50, Double.NaN); // asOf − 365 is outside W (W starts after it)
        f.addOrder(7, D - 364, 20, 5);          // first day inside W; before the prior period (asOf − 360, asOf − 180]
        f.addOrder(7, D - 200, 30, Double.NaN); // prior period
        f.addOrder(7, D - 10, 40, 10);          // recent
        f.addOrder(7, D - 10, 60, Double.NaN);  // same day: one purchase day, two orders
        f.addOrder(7, D, 5, 0);                 // on asOf: recent, inside W
        f.addOrder(7, D + 1, 999, 0);           // after asOf: ignored
        f.addServiceCost(7, D - 5, 12);
        f.addServiceCost(7, D - 400, 99);       // outside W
        f.addServiceCost(7, FactsSummarizer.UNDATED, 3);
        f.addInteraction(7, D - 1, Channel.VISIT);
        f.addComplaint(7, D - 2);
        f.setWalletEstimate(7, 5000);
        CustomerFacts facts = f.summarize();
        assertThat(facts.size()).isEqualTo(1);
        assertThat(facts.id(0)).isEqualTo(7);
        assertThat(facts.firstPurchaseDay(0)).isEqualTo(D - 400);
        assertThat(facts.lastPurchaseDay(0)).isEqualTo(D);
        assertThat(facts.purchaseDaysTotal(0)).isEqualTo(6);
        assertThat(facts.purchaseDaysInWindow(0)).isEqualTo(4);
        assertThat(facts.ordersInWindow(0)).isEqualTo(5);
        assertThat(facts.revenueWindow(0)).isEqualTo(20 + 30 + 40 + 60 + 5);
        assertThat(facts.marginWindow(0)).isCloseTo(15 + 9 + 30 + 18 + 5, within(1e-9));
        assertThat(facts.revenueTotal(0)).isEqualTo(100 + 50 + 20 + 30 + 40 + 60 + 5);
        assertThat(facts.marginTotal(0)).isCloseTo(40 + 15 + 15 + 9 + 30 + 18 + 5, within(1e-9));
        assertThat(facts.repeatRevenue(0)).isEqualTo(50 + 20 + 30 + 40 + 60 + 5);
        assertThat(facts.revenueRecent(0)).isEqualTo(40 + 60 + 5);
        assertThat(facts.revenuePrior(0)).isEqualTo(30);
        assertThat(facts.serviceCostWindow(0)).isEqualTo(12 + 3 + 120 + 60);
        assertThat(facts.walletEstimate(0)).isEqualTo(5000);
        assertThat(facts.closed(0)).isFalse();
    }

    @Test
    void customersOnlyKnownAfterAsOfAreLeftOutAndOthersArePlacedInIdOrder() {
        FactsSummarizer f = new FactsSummarizer(AS_OF, SegmentationSettings.defaults());
        f.addOrder(30, D + 5, 10, Double.NaN);
        f.addOrder(20, D - 1, 10, Double.NaN);
        f.addProspect(10);
        f.markClosed(40);
        CustomerFacts facts = f.summarize();
        assertThat(facts.size()).isEqualTo(3);
        assertThat(new long[] {facts.id(0), facts.id(1), facts.id(2)}).containsExactly(10, 20, 40);
        assertThat(facts.hasPurchase(0)).isFalse();
        assertThat(facts.firstPurchaseDay(0)).isEqualTo(CustomerFacts.NO_PURCHASE);
        assertThat(facts.walletEstimate(0)).isNaN();
        assertThat(facts.closed(2)).isTrue();
    }

    @Test
    void builderRejectsInconsistentFacts() {
        assertThatThrownBy(() -> CustomerFacts.builder(2).add(1).add(1).build())
                .hasMessageContaining("customer 1 appears more than once");
        assertThatThrownBy(() -> CustomerFacts.builder(1).add(5).purchases(D, D - 3, 2, 1, 1).build())
                .hasMessageContaining("customer 5");
        assertThatThrownBy(() -> CustomerFacts.builder(1).add(5).purchases(D - 3, D, 2, 3, 3).build())
                .hasMessageContaining("purchaseDaysInWindow");
        assertThatThrownBy(() -> CustomerFacts.builder(1).add(5).purchases(D, D, 1, 1, 0).build())
                .hasMessageContaining("ordersInWindow");
        assertThatThrownBy(() -> CustomerFacts.builder(1).add(5).serviceCost(-1).build())
                .hasMessageContaining("serviceCostWindow");
        assertThatThrownBy(() -> CustomerFacts.builder(1).add(5).purchases(D, D, 2, 1, 1).build())
                .hasMessageContaining("purchaseDaysTotal");
    }
}
