package org.idic.crm.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders, interactions, complaint steps and products: two people load the same version, the first saves,
 * the second is refused and the first one's data stays (customers and contacts: OptimisticLockingTest).
 */
@SpringBootTest
@WithTestDatabase
class EveryWritePathIsVersionedTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Orders orders;
    @Autowired
    Interactions interactions;
    @Autowired
    Complaints complaints;
    @Autowired
    Products products;
    @Autowired
    JdbcTemplate jdbc;

    Scenario.Book book;

    @BeforeEach
    void book() {
        scenario.reset();
        book = scenario.bookOf("rep1");
    }

    @Test
    void anOrderEditedMeanwhileIsNotOverwritten() {
        long loaded = version("customer_order", book.order());
        orders.update(scenario.actor("rep1"), book.order(), loaded, order("120.00"));

        assertThatThrownBy(() -> orders.update(scenario.actor("manager1"), book.order(), loaded, order("999.00")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select amount from customer_order where id = ?", BigDecimal.class,
                book.order())).isEqualByComparingTo("120.00");
    }

    @Test
    void anInteractionEditedMeanwhileIsNotOverwritten() {
        long loaded = version("interaction", book.interaction());
        interactions.update(scenario.actor("rep1"), book.interaction(), loaded, interaction("First"));

        assertThatThrownBy(() -> interactions.update(scenario.actor("manager1"), book.interaction(), loaded,
                interaction("Second"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select summary from interaction where id = ?", String.class,
                book.interaction())).isEqualTo("First");
    }

    @Test
    void aComplaintStepTakenMeanwhileIsNotTakenAgainOrOverridden() {
        long loaded = version("complaint", book.complaint());
        complaints.validate(scenario.actor("rep1"), book.complaint(), loaded);

        assertThatThrownBy(() -> complaints.reject(scenario.actor("manager1"), book.complaint(), loaded, "Not founded"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select status from complaint where id = ?", String.class, book.complaint()))
                .isEqualTo("VALIDATED");
    }

    @Test
    void aProductEditedMeanwhileIsNotOverwritten() {
        long loaded = version("product", book.product());
        String sku = jdbc.queryForObject("select sku from product where id = ?", String.class, book.product());
        products.update(scenario.actor("admin"), book.product(), loaded, product(sku, "Green tea, 250 g"));

        assertThatThrownBy(() -> products.update(scenario.actor("admin"), book.product(), loaded,
                product(sku, "Black tea"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select name from product where id = ?", String.class, book.product()))
                .isEqualTo("Green tea, 250 g");
    }

    private long version(String table, Long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private static OrderDetails order(String amount) {
        return new OrderDetails(LocalDate.now(), OrderStatus.COMPLETED, SalesChannel.SALES_REP, new BigDecimal(amount),
                new BigDecimal("60.00"), null, List.of());
    }

    private static InteractionDetails interaction(String summary) {
        return new InteractionDetails(InteractionChannel.PHONE, Direction.OUTBOUND, Purpose.INFORMATION,
                Instant.now(), 10, summary, null, null, null, null);
    }

    private static ProductDetails product(String sku, String name) {
        return new ProductDetails(sku, name, "Tea", new BigDecimal("12.50"), new BigDecimal("7.00"), true);
    }
}
