package org.idic.crm.domain.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.idic.crm.domain.activity.internal.Order;

/** An order as pages show it. */
public record OrderView(Long id, Long customerId, String customerName, String number, LocalDate orderDate,
        OrderStatus status, SalesChannel channel, BigDecimal amount, BigDecimal cost, BigDecimal margin, String notes,
        List<LineView> lines, long version) {

    static OrderView of(Order o, String customerName) {
        return new OrderView(o.getId(), o.getCustomerId(), customerName, o.getNumber(),
                o.getOrderDate(), o.getStatus(), o.getChannel(), o.getAmount(), o.getCost(), o.margin(), o.getNotes(),
                o.getLines().stream().map(l -> new LineView(l.getProduct().getId(), l.getProduct().getSku(),
                        l.getProduct().getName(), l.getQuantity(), l.getUnitPrice(), l.getUnitCost())).toList(),
                o.getVersion());
    }

    /** The details as they stand, to fill an edit form. */
    public OrderDetails details() {
        return new OrderDetails(orderDate, status, channel, lines.isEmpty() ? amount : null,
                lines.isEmpty() ? cost : null, notes,
                lines.stream().map(l -> new OrderDetails.Line(l.productId(), l.quantity(), l.unitPrice())).toList());
    }

    /** One line of an order. */
    public record LineView(Long productId, String sku, String productName, int quantity, BigDecimal unitPrice,
            BigDecimal unitCost) {

        public BigDecimal amount() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }
}
