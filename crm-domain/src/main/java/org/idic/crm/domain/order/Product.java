package org.idic.crm.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.support.Text;

/** Something we sell; its unit cost (when known) gives order lines their margin. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
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
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

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

    @PreUpdate
    void stamp() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
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

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Product other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(Product.class);
    }
}
