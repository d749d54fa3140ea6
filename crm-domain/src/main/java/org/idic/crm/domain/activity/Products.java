package org.idic.crm.domain.activity;

import java.time.Clock;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.internal.Product;
import org.idic.crm.domain.activity.internal.ProductRepository;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.audit.Audited;
import java.util.Map;
import org.idic.crm.domain.support.Changes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue: everyone reads it, administrators keep it. */
@Service
@Transactional
public class Products {

    private final ProductRepository products;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Products(ProductRepository products, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProductView> all() {
        return products.findAllOrdered().stream().map(ProductView::of).toList();
    }

    @Transactional(readOnly = true)
    public ProductView get(Long id) {
        return products.findById(id).map(ProductView::of).orElseThrow(() -> new NotFoundException("product", id));
    }

    /**
     * Whether a product other than {@code except} (none: null) has this SKU, regardless of case and
     * surrounding spaces: the form flags it beside the field together with its other errors, before saving
     * (which checks it again).
     */
    public boolean skuTaken(String sku, Long except) {
        if (sku == null || sku.isBlank()) {
            return false;
        }
        return except == null ? products.existsBySkuIgnoreCase(sku.strip())
                : products.existsBySkuIgnoreCaseAndIdNot(sku.strip(), except);
    }

    public Long create(Actor actor, ProductDetails details) {
        requireAdmin(actor);
        if (products.existsBySkuIgnoreCase(details.sku().strip())) {
            throw new RuleViolationException("sku", "product.sku.taken");
        }
        Product product = products.save(new Product(details));
        events.publishEvent(Audited.of(actor, AuditAction.CREATE, "product", product.getId(),
                Changes.of(product.auditValues()), clock.instant()));
        return product.getId();
    }

    public void update(Actor actor, Long id, long version, ProductDetails details) {
        requireAdmin(actor);
        Product product = products.findById(id).orElseThrow(() -> new NotFoundException("product", id));
        ConcurrentEditException.check("product", id, version, product.getVersion());
        if (!product.getSku().equalsIgnoreCase(details.sku().strip()) && products.existsBySkuIgnoreCase(details.sku().strip())) {
            throw new RuleViolationException("sku", "product.sku.taken");
        }
        Map<String, Object> before = product.auditValues();
        product.update(details);
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, "product", id,
                Changes.between(before, product.auditValues()), clock.instant()));
    }

    private void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            audit.recordNow(actor.username(), AuditAction.ACCESS_DENIED, "product", null, "catalogue change");
            throw new NotPermittedException("only administrators change the catalogue");
        }
    }
}
