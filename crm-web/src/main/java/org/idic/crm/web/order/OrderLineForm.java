package org.idic.crm.web.order;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** One line of the order form; blank lines are ignored. */
public class OrderLineForm {

    private Long productId;
    @Min(1)
    @Max(1000000)
    private Integer quantity;
    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    private BigDecimal unitPrice;

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    boolean isBlank() {
        return productId == null && quantity == null && unitPrice == null;
    }
}
