package org.idic.crm.domain.activity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.ProductDetails;
import org.idic.crm.domain.support.BaseEntity;
import org.idic.crm.domain.support.Text;

/** Something we sell; its unit cost (when known) gives order lines their margin. */
@Entity
@Table(name = "product")
public class Product extends BaseEntity {

    @Column(nullable = false, length = 40)
    private String sku;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 100)
    private String category;
    @Column(name = "list_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal listPrice;
    @Column(name = "unit_cost", precision = 12, scale = 2)
    private BigDecimal unitCost;
    @Column(nullable = false)
    private boolean active = true;

    protected Product() {
    }

    public Product(ProductDetails details) {
        update(details);
    }

    public void update(ProductDetails d) {
        if (Text.clean(d.sku()) == null || Text.clean(d.name()) == null) {
            throw new RuleViolationException(null, "product.incomplete");
        }
        if (d.listPrice() == null || d.listPrice().signum() < 0 || (d.unitCost() != null && d.unitCost().signum() < 0)) {
            throw new RuleViolationException(null, "product.price.negative");
        }
        this.sku = d.sku().strip();
        this.name = d.name().strip();
        this.category = Text.clean(d.category());
        this.listPrice = d.listPrice();
        this.unitCost = d.unitCost();
        this.active = d.active();
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public boolean isActive() {
        return active;
    }

    /** The fields the audit trail records, old and new, when the product changes. */
    public java.util.Map<String, Object> auditValues() {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("sku", sku);
        values.put("name", name);
        values.put("category", category);
        values.put("listPrice", listPrice);
        values.put("unitCost", unitCost);
        values.put("active", active);
        return values;
    }
}
