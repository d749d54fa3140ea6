package org.idic.crm.domain.activity;

import java.math.BigDecimal;
import org.idic.crm.domain.activity.internal.Product;

/** A product as pages show it. */
public record ProductView(Long id, String sku, String name, String category, BigDecimal listPrice,
        BigDecimal unitCost, boolean active, long version) {

    static ProductView of(Product p) {
        return new ProductView(p.getId(), p.getSku(), p.getName(), p.getCategory(), p.getListPrice(),
                p.getUnitCost(), p.isActive(), p.getVersion());
    }

    public ProductDetails details() {
        return new ProductDetails(sku, name, category, listPrice, unitCost, active);
    }
}
