package org.idic.crm.domain.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a user edits on an order. With lines, the amount (and, when every product's cost is
 * known, the cost) come from them; without lines the amount is required.
 */
public record OrderDetails(LocalDate orderDate, OrderStatus status, SalesChannel channel, BigDecimal amount,
        BigDecimal cost, String notes, List<Line> lines) {

    public OrderDetails {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One line as typed: the unit price defaults to the product's list price. */
    public record Line(Long productId, int quantity, BigDecimal unitPrice) {
    }
}
