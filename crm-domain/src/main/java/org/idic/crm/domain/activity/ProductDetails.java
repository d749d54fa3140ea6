package org.idic.crm.domain.activity;

import java.math.BigDecimal;

/** Everything an administrator edits on a product. */
public record ProductDetails(String sku, String name, String category, BigDecimal listPrice, BigDecimal unitCost,
        boolean active) {
}
