package org.idic.crm.domain.activity.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.OrderDetails;
import org.idic.crm.domain.activity.OrderStatus;
import org.idic.crm.domain.activity.SalesChannel;
import org.idic.crm.domain.support.BaseEntity;
import org.idic.crm.domain.support.Text;

/**
 * An order of a customer. Its margin is amount − cost; only completed orders count as purchases.
 * Status only moves forward (pending → completed or cancelled; completed → refunded).
 */
@Entity
@Table(name = "customer_order")
public class Order extends BaseEntity {

    /** The customer (an id: customers are the customer module's). */
    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;
    @Column(name = "order_number", nullable = false, updatable = false, length = 30)
    private String number;
    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SalesChannel channel;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;
    @Column(precision = 14, scale = 2)
    private BigDecimal cost;
    @Column(length = 1000)
    private String notes;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    public Order(Long customerId, String number, OrderDetails details, Function<Long, Product> products) {
        this.customerId = Objects.requireNonNull(customerId);
        this.number = Objects.requireNonNull(number);
        this.status = details.status() == null ? OrderStatus.PENDING : details.status();
        apply(details, products);
    }

    /** Replaces the order's details; the status may only move forward. */
    public void update(OrderDetails details, Function<Long, Product> products) {
        OrderStatus wanted = details.status() == null ? status : details.status();
        if (!status.next().contains(wanted)) {
            throw new RuleViolationException("status", "order.status.backwards");
        }
        this.status = wanted;
        apply(details, products);
    }

    private void apply(OrderDetails d, Function<Long, Product> products) {
        if (d.orderDate() == null || d.channel() == null) {
            throw new RuleViolationException(null, "order.incomplete");
        }
        this.orderDate = d.orderDate();
        this.channel = d.channel();
        this.notes = Text.clean(d.notes());
        lines.clear();
        int lineNo = 1;
        for (OrderDetails.Line line : d.lines()) {
            lines.add(new OrderLine(this, lineNo++, products.apply(line.productId()), line.quantity(), line.unitPrice()));
        }
        if (lines.isEmpty()) {
            if (d.amount() == null || d.amount().signum() < 0) {
                throw new RuleViolationException("amount", "order.amountOrLines");
            }
            this.amount = d.amount();
            this.cost = d.cost();
        } else {
            this.amount = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean allCostsKnown = lines.stream().allMatch(l -> l.cost() != null);
            this.cost = allCostsKnown
                    ? lines.stream().map(OrderLine::cost).reduce(BigDecimal.ZERO, BigDecimal::add) : d.cost();
        }
        if (cost != null && cost.signum() < 0) {
            throw new RuleViolationException("cost", "order.cost.negative");
        }
    }

    /** amount − cost, or null when the cost is unknown (segmentation then assumes the default margin rate). */
    public BigDecimal margin() {
        return cost == null ? null : amount.subtract(cost);
    }

    public boolean isPurchase() {
        return status == OrderStatus.COMPLETED;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("number", number);
        values.put("orderDate", orderDate);
        values.put("status", status);
        values.put("channel", channel);
        values.put("amount", amount);
        values.put("cost", cost);
        values.put("notes", notes);
        values.put("lines", lines.stream().map(l -> l.getQuantity() + "x" + l.getProduct().getSku() + "@"
                + l.getUnitPrice()).toList().toString());
        return values;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public SalesChannel getChannel() {
        return channel;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public String getNotes() {
        return notes;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }
}
