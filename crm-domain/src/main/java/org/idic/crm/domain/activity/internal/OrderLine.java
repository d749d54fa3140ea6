package org.idic.crm.domain.activity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.idic.crm.domain.access.RuleViolationException;

/** One product on an order, at the price (and unit cost) of the day. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;
    @Column(name = "unit_cost", precision = 12, scale = 2)
    private BigDecimal unitCost;

    protected OrderLine() {
    }

    OrderLine(Order order, int lineNo, Product product, int quantity, BigDecimal unitPrice) {
        if (quantity <= 0) {
            throw new RuleViolationException("lines", "order.line.quantity");
        }
        if (unitPrice != null && unitPrice.signum() < 0) {
            throw new RuleViolationException("lines", "order.line.price");
        }
        this.order = order;
        this.lineNo = lineNo;
        this.product = Objects.requireNonNull(product);
        this.quantity = quantity;
        this.unitPrice = unitPrice == null ? product.getListPrice() : unitPrice;
        this.unitCost = product.getUnitCost();
    }

    BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /** The line's cost, or null when the product's cost is unknown. */
    BigDecimal cost() {
        return unitCost == null ? null : unitCost.multiply(BigDecimal.valueOf(quantity));
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Product getProduct() {
        return product;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }
}
