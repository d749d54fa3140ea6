package org.idic.crm.web.order;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.idic.crm.domain.activity.ProductDetails;
import org.idic.crm.domain.activity.ProductView;

/** Adding or editing a product (administrators). */
public class ProductForm {

    @NotBlank
    @Size(max = 40)
    private String sku;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 100)
    private String category;
    @NotNull
    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    private BigDecimal listPrice;
    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    private BigDecimal unitCost;
    private boolean active = true;
    private Long version;

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public void setListPrice(BigDecimal listPrice) {
        this.listPrice = listPrice;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(BigDecimal unitCost) {
        this.unitCost = unitCost;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public ProductDetails toDetails() {
        return new ProductDetails(sku, name, category, listPrice, unitCost, active);
    }

    public java.util.Map<String, String> comparableValues() {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("sku", sku);
        values.put("name", name);
        values.put("category", category);
        values.put("listPrice", listPrice == null ? null : listPrice.stripTrailingZeros().toPlainString());
        values.put("unitCost", unitCost == null ? null : unitCost.stripTrailingZeros().toPlainString());
        values.put("active", String.valueOf(active));
        return values;
    }

    public static ProductForm of(ProductView p) {
        ProductForm form = new ProductForm();
        form.sku = p.sku();
        form.name = p.name();
        form.category = p.category();
        form.listPrice = p.listPrice();
        form.unitCost = p.unitCost();
        form.active = p.active();
        form.version = p.version();
        return form;
    }
}
