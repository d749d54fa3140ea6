package org.idic.crm.domain.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.idic.crm.domain.segmentation.internal.FactsQuery;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The facts SQL against facts worked out by hand. As of 2026-06-30 with the default settings:
 * W = (2025-06-30, 2026-06-30], recent = (2026-01-01, 2026-06-30], prior = (2025-07-05, 2026-01-01].
 */
@SpringBootTest
@WithTestDatabase
class FactsQueryTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    Scenario scenario;
    @Autowired
    FactsQuery query;
    @Autowired
    JdbcTemplate jdbc;

    long a;
    long b;
    long c;
    long d;

    @BeforeEach
    void book() {
        scenario.reset();
        a = scenario.customerOf("rep1", "A buyer");
        b = scenario.customerOf("rep1", "B prospect");
        c = scenario.customerOf("rep2", "C refunds only");
        d = scenario.customerOf("rep3", "D below cost");
        jdbc.update("update customer set wallet_estimate = null where id <> ?", a);
        jdbc.update("update customer set wallet_estimate = 5000 where id = ?", a);
        jdbc.update("update customer set status = 'CLOSED' where id = ?", b);
        order(a, "2025-01-10", "COMPLETED", "100", "60");     // first purchase day, before W
        order(a, "2025-09-01", "COMPLETED", "200", null);     // no cost: margin 200 × 0.30 = 60
        order(a, "2025-09-01", "COMPLETED", "50", "20");      // same day: one purchase day, two orders
        order(a, "2026-03-15", "COMPLETED", "300", "100");
        order(a, "2026-04-01", "CANCELLED", "999", "1");
        order(a, "2026-05-01", "REFUNDED", "500", "1");
        order(a, "2026-07-10", "COMPLETED", "400", "100");    // after as-of
        order(c, "2026-02-01", "REFUNDED", "80", "10");
        order(d, "2026-06-30", "COMPLETED", "100", "150");    // on as-of itself, at a loss
        interaction(a, "VISIT", "2025-10-01T09:00:00Z");
        interaction(a, "VISIT", "2026-06-30T16:00:00Z");
        interaction(a, "EMAIL", "2026-01-05T09:00:00Z");
        interaction(a, "PHONE", "2025-06-30T09:00:00Z");     // the day before W starts
        interaction(a, "VISIT", "2026-07-01T00:30:00Z");     // after as-of
        jdbc.update("""
                insert into complaint (customer_id, channel, category, severity, description, handler_id, status,
                    due_at, received_at, received_by, compensation_cost)
                select ?, 'PHONE', 'DELIVERY', 'LOW', 'x', owner_id, 'RESOLUTION_PROPOSED', now(),
                       '2026-02-02T10:00:00Z', owner_id, 35 from customer where id = ?""", a, a);
    }

    @Test
    void factsAreAggregatedExactlyAsTheEngineDefinesThem() {
        CustomerFacts facts = query.load(AS_OF, SegmentationSettings.defaults(), ZoneOffset.UTC, n -> { });

        assertThat(facts.size()).isEqualTo(4);
        int i = index(facts, a);
        assertThat(facts.firstPurchaseDay(i)).isEqualTo((int) LocalDate.of(2025, 1, 10).toEpochDay());
        assertThat(facts.lastPurchaseDay(i)).isEqualTo((int) LocalDate.of(2026, 3, 15).toEpochDay());
        assertThat(facts.purchaseDaysTotal(i)).isEqualTo(3);
        assertThat(facts.purchaseDaysInWindow(i)).isEqualTo(2);
        assertThat(facts.ordersInWindow(i)).isEqualTo(3);
        assertThat(facts.revenueWindow(i)).isCloseTo(550, within(1e-9));
        assertThat(facts.marginWindow(i)).isCloseTo(60 + 30 + 200, within(1e-9));
        assertThat(facts.revenueTotal(i)).isCloseTo(650, within(1e-9));
        assertThat(facts.marginTotal(i)).isCloseTo(40 + 290, within(1e-9));
        assertThat(facts.repeatRevenue(i)).isCloseTo(550, within(1e-9));
        assertThat(facts.revenueRecent(i)).isCloseTo(300, within(1e-9));
        assertThat(facts.revenuePrior(i)).isCloseTo(250, within(1e-9));
        // two visits (120 each) and an e-mail (5) in W; one complaint: handling 60 + compensation 35
        assertThat(facts.serviceCostWindow(i)).isCloseTo(120 + 120 + 5 + 60 + 35, within(1e-9));
        assertThat(facts.walletEstimate(i)).isEqualTo(5000);
        assertThat(facts.closed(i)).isFalse();
    }

    @Test
    void prospectsClosedAccountsRefundsAndLossesAreFactsToo() {
        CustomerFacts facts = query.load(AS_OF, SegmentationSettings.defaults(), ZoneOffset.UTC, n -> { });

        int prospect = index(facts, b);
        assertThat(facts.hasPurchase(prospect)).isFalse();
        assertThat(facts.closed(prospect)).isTrue();
        assertThat(Double.isNaN(facts.walletEstimate(prospect))).isTrue();
        assertThat(facts.hasPurchase(index(facts, c))).isFalse();
        int loss = index(facts, d);
        assertThat(facts.purchaseDaysInWindow(loss)).isEqualTo(1);
        assertThat(facts.marginWindow(loss)).isCloseTo(-50, within(1e-9));
        assertThat(facts.repeatRevenue(loss)).isZero();
    }

    @Test
    void theWindowFollowsTheSettings() {
        SegmentationSettings ninetyDays = SegmentationSettings.builder().windowDays(90).recentDays(30).build();

        CustomerFacts facts = query.load(AS_OF, ninetyDays, ZoneOffset.UTC, n -> { });

        int i = index(facts, a);
        assertThat(facts.purchaseDaysInWindow(i)).isZero();
        assertThat(facts.revenueRecent(i)).isZero();
        assertThat(facts.revenuePrior(i)).isZero();
        assertThat(facts.serviceCostWindow(i)).isCloseTo(120, within(1e-9));
    }

    private static int index(CustomerFacts facts, long id) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.id(i) == id) {
                return i;
            }
        }
        throw new AssertionError("customer " + id + " missing from the facts");
    }

    private void order(long customer, String day, String status, String amount, String cost) {
        jdbc.update("insert into customer_order (customer_id, order_number, order_date, status, channel, amount, cost)"
                + " values (?, 'T-' || nextval('order_number_seq'), ?::date, ?, 'ONLINE', ?::numeric, ?::numeric)",
                customer, day, status, amount, cost);
    }

    private void interaction(long customer, String channel, String at) {
        jdbc.update("insert into interaction (customer_id, user_id, channel, direction, purpose, occurred_at, summary)"
                + " select id, owner_id, ?, 'OUTBOUND', 'CARE', ?::timestamptz, 'x' from customer where id = ?",
                channel, at, customer);
    }
}
