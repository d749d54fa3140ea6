package org.idic.crm.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the "changed by someone else" panel compares of an order. */
class OrderFormTest {

    @Test
    void theCostAndTheLinesAreComparedBlankRowsLeftOut() {
        OrderForm mine = new OrderForm();
        mine.setCost(new BigDecimal("60.00"));
        mine.setLines(List.of(line(7L, 2, "12.50"), line(9L, 1, null), line(null, null, null)));
        OrderForm theirs = new OrderForm();
        theirs.setCost(new BigDecimal("60"));
        theirs.setLines(List.of(line(7L, 3, "12.50")));

        assertThat(mine.comparableValues()).containsEntry("cost", "60").containsEntry("lines", "#7: 2 × 12.5; #9: 1");
        assertThat(theirs.comparableValues()).containsEntry("cost", "60").containsEntry("lines", "#7: 3 × 12.5");
        assertThat(new OrderForm().comparableValues()).containsEntry("lines", null);
    }

    private static OrderLineForm line(Long product, Integer quantity, String price) {
        OrderLineForm line = new OrderLineForm();
        line.setProductId(product);
        line.setQuantity(quantity);
        line.setUnitPrice(price == null ? null : new BigDecimal(price));
        return line;
    }
}
