package org.idic.crm.domain.activity;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.internal.Order;
import org.idic.crm.domain.activity.internal.OrderRepository;
import org.idic.crm.domain.activity.internal.Product;
import org.idic.crm.domain.activity.internal.ProductRepository;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.Audited;
import org.idic.crm.domain.customer.CustomerTouched;
import org.idic.crm.domain.customer.VisibleCustomers;
import org.idic.crm.domain.support.Changes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording and correcting a customer's orders. */
@Service
@Transactional
public class Orders {

    static final String ENTITY = "order";

    private final OrderRepository orders;
    private final ProductRepository products;
    private final VisibleCustomers visible;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Orders(OrderRepository orders, ProductRepository products, VisibleCustomers visible,
            ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.products = products;
        this.visible = visible;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OrderView get(Actor actor, Long id) {
        Order order = find(id);
        return OrderView.of(order, visible.requireVisible(actor, ENTITY, id, order.getCustomerId()).name());
    }

    public Long create(Actor actor, Long customerId, OrderDetails details) {
        visible.require(actor, customerId);
        Order order = orders.save(new Order(customerId, orders.nextNumber(), details, productLookup()));
        events.publishEvent(new CustomerTouched(customerId, clock.instant()));
        events.publishEvent(Audited.of(actor, AuditAction.CREATE, ENTITY, order.getId(),
                Changes.of(order.auditValues()), clock.instant()).onCustomer(customerId));
        return order.getId();
    }

    public Long update(Actor actor, Long id, long version, OrderDetails details) {
        Order order = require(actor, id);
        ConcurrentEditException.check(ENTITY, id, version, order.getVersion());
        Map<String, Object> before = order.auditValues();
        order.update(details, productLookup());
        events.publishEvent(new CustomerTouched(order.getCustomerId(), clock.instant()));
        events.publishEvent(Audited.of(actor, AuditAction.UPDATE, ENTITY, id,
                Changes.between(before, order.auditValues()), clock.instant()).onCustomer(order.getCustomerId()));
        return order.getCustomerId();
    }

    private Function<Long, Product> productLookup() {
        return id -> products.findById(id == null ? -1L : id).orElseThrow(() -> new RuleViolationException(
                "lines", "order.line.unknownProduct"));
    }

    private Order require(Actor actor, Long id) {
        Order order = find(id);
        visible.requireVisible(actor, ENTITY, id, order.getCustomerId());
        return order;
    }

    private Order find(Long id) {
        return (id == null ? java.util.Optional.<Order>empty() : orders.findById(id))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }
}
