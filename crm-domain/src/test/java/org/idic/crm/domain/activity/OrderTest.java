package org.idic.crm.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.internal.Order;
import org.idic.crm.domain.activity.internal.Product;
import org.idic.crm.domain.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    final Long customer = 1L;
    final Product tea = Fixtures.withId(new Product(new ProductDetails("TEA-1", "Green tea", "Tea",
            new BigDecimal("12.50"), new BigDecimal("7.00"), true)), 1L);
    final Product cup = Fixtures.withId(new Product(new ProductDetails("CUP-1", "Cup", "Ware",
            new BigDecimal("8.00"), null, true)), 2L);
    final Function<Long, Product> catalogue = Map.of(1L, tea, 2L, cup)::get;

    Order order(OrderStatus status, BigDecimal amount, BigDecimal cost, List<OrderDetails.Line> lines) {
        return new Order(customer, "O-1", new OrderDetails(DAY, status, SalesChannel.ONLINE, amount, cost, null, lines),
                catalogue);
    }

    @Test
    void marginIsAmountMinusCost() {
        assertThat(order(OrderStatus.COMPLETED, new BigDecimal("100.00"), new BigDecimal("64.00"), List.of()).margin())
                .isEqualByComparingTo("36.00");
    }

    @Test
    void anOrderWithoutACostHasNoMarginOfItsOwn() {
        assertThat(order(OrderStatus.COMPLETED, new BigDecimal("100.00"), null, List.of()).margin()).isNull();
    }

    @Test
    void linesGiveTheAmountAndTheCostWhenEveryProductCostIsKnown() {
        Order order = order(OrderStatus.PENDING, null, null, List.of(new OrderDetails.Line(1L, 4, null)));

        assertThat(order.getAmount()).isEqualByComparingTo("50.00");
        assertThat(order.getCost()).isEqualByComparingTo("28.00");
        assertThat(order.margin()).isEqualByComparingTo("22.00");
    }

    @Test
    void aLineWithAnUnknownProductCostLeavesTheCostToTheUser() {
        Order order = order(OrderStatus.PENDING, null, new BigDecimal("20.00"),
                List.of(new OrderDetails.Line(1L, 1, new BigDecimal("10.00")), new OrderDetails.Line(2L, 2, null)));

        assertThat(order.getAmount()).isEqualByComparingTo("26.00");
        assertThat(order.getCost()).isEqualByComparingTo("20.00");
    }

    @Test
    void onlyCompletedOrdersArePurchases() {
        assertThat(order(OrderStatus.COMPLETED, BigDecimal.TEN, null, List.of()).isPurchase()).isTrue();
        for (OrderStatus other : List.of(OrderStatus.PENDING, OrderStatus.CANCELLED, OrderStatus.REFUNDED)) {
            assertThat(order(other, BigDecimal.TEN, null, List.of()).isPurchase()).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"COMPLETED, PENDING", "CANCELLED, COMPLETED", "REFUNDED, COMPLETED", "CANCELLED, PENDING"})
    void statusNeverMovesBackwards(OrderStatus from, OrderStatus to) {
        Order order = order(from, BigDecimal.TEN, null, List.of());

        assertThatThrownBy(() -> order.update(new OrderDetails(DAY, to, SalesChannel.ONLINE, BigDecimal.TEN, null,
                null, List.of()), catalogue)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "order.status.backwards");
        assertThat(order.getStatus()).isEqualTo(from);
    }

    @ParameterizedTest
    @CsvSource({"PENDING, COMPLETED", "PENDING, CANCELLED", "COMPLETED, REFUNDED"})
    void statusMovesForward(OrderStatus from, OrderStatus to) {
        Order order = order(from, BigDecimal.TEN, null, List.of());

        order.update(new OrderDetails(DAY, to, SalesChannel.ONLINE, BigDecimal.TEN, null, null, List.of()), catalogue);

        assertThat(order.getStatus()).isEqualTo(to);
    }

    @Test
    void negativeAmountsAndQuantitiesAreRefused() {
        assertThatThrownBy(() -> order(OrderStatus.PENDING, new BigDecimal("-1"), null, List.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "order.amountOrLines");
        assertThatThrownBy(() -> order(OrderStatus.PENDING, null, null, List.of(new OrderDetails.Line(1L, 0, null))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "order.line.quantity");
        assertThatThrownBy(() -> order(OrderStatus.PENDING, BigDecimal.ONE, new BigDecimal("-2"), List.of()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "order.cost.negative");
    }
}
