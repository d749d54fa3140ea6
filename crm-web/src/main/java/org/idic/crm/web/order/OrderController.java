package org.idic.crm.web.order;

import org.idic.crm.web.form.FormTokens;
import org.idic.crm.domain.support.Submissions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.OrderView;
import org.idic.crm.domain.activity.Orders;
import org.idic.crm.domain.activity.Products;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.activity.OrderView;
import org.idic.crm.domain.activity.Orders;
import org.idic.crm.domain.activity.Products;
import org.idic.crm.web.form.Baseline;
import org.idic.crm.web.form.ConflictResponder;
import org.idic.crm.web.form.ThreeWayMerge;
import org.idic.crm.web.form.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a customer's orders and correcting them. */
@Controller
class OrderController {

    static final ThreeWayMerge<OrderForm> MERGE = ThreeWayMerge.of(OrderForm::comparableValues);

    private final Orders orders;
    private final Customers customers;
    private final Products products;
    private final ConflictResponder conflicts;
    private final Clock clock;

    private final Submissions submissions;

    OrderController(Orders orders, Customers customers, Products products, ConflictResponder conflicts, Clock clock, Submissions submissions) {
        this.submissions = submissions;
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    @GetMapping("/customers/{customerId}/orders/new")
    String newOrder(@PathVariable Long customerId, Actor actor, Model model) {
        return form(model, actor, customerId, OrderForm.today(clock), null);
    }

    @PostMapping("/customers/{customerId}/orders")
    String create(@PathVariable Long customerId, @Valid @ModelAttribute("orderForm") OrderForm form,
            BindingResult result, @RequestParam(name = FormTokens.PARAMETER, required = false) String formToken, Actor actor, Model model, RedirectAttributes redirect) {
        customers.get(actor, customerId);
        requireAmountOrLines(form, result);
        if (!result.hasErrors()) {
            try {
                String created = submissions.once(actor.userId(), formToken,
                        () -> "/orders/" + orders.create(actor, customerId, form.toDetails()));
                redirect.addFlashAttribute("flash", "order.saved");
                return "redirect:" + created;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, actor, customerId, form.withBlankLines(), null);
    }

    @GetMapping("/orders/{id}")
    String show(@PathVariable Long id, Actor actor, Model model) {
        model.addAttribute("order", orders.get(actor, id));
        return "orders/show";
    }

    @GetMapping("/orders/{id}/edit")
    String edit(@PathVariable Long id, Actor actor, Model model) {
        OrderView order = orders.get(actor, id);
        OrderForm form = OrderForm.of(order);
        model.addAttribute("baseline", MERGE.baseline(form));
        return form(model, actor, order.customerId(), form, order);
    }

    @PostMapping("/orders/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("orderForm") OrderForm form, BindingResult result,
            @RequestParam(name = Baseline.PARAMETER, required = false) String base,
            @RequestParam(name = ConflictResponder.KEEP_THEIRS, required = false) String[] keepTheirs,
            Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        OrderView current = orders.get(actor, id);
        MERGE.keepTheirs(form, OrderForm.of(current), keepTheirs);
        requireAmountOrLines(form, result);
        // the order's own rule, marked with the form's other errors (all at once)
        if (form.getStatus() != null && !result.hasFieldErrors("status")
                && !current.details().status().next().contains(form.getStatus())) {
            result.rejectValue("status", "order.status.backwards", "an order's status only moves forward");
        }
        if (!result.hasErrors()) {
            try {
                orders.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "order.saved");
                return "redirect:/orders/" + id;
            } catch (ConcurrentEditException e) {
                OrderView stored = orders.get(actor, id);
                conflicts.show(model, response, "order", id, MERGE, form, OrderForm.of(stored), base);
                form.setVersion(stored.version());
                return form(model, actor, current.customerId(), form.withBlankLines(), stored);
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, actor, current.customerId(), form.withBlankLines(), current);
    }

    private static void requireAmountOrLines(OrderForm form, BindingResult result) {
        if (!form.hasLines() && form.getAmount() == null && !result.hasFieldErrors("amount")) {
            result.rejectValue("amount", "order.amountOrLines", "enter an amount or at least one line");
        }
        for (int i = 0; i < form.getLines().size(); i++) {
            OrderLineForm line = form.getLines().get(i);
            if (!line.isBlank() && line.getProductId() == null) {
                result.rejectValue("lines[" + i + "].productId", "order.line.productRequired", "choose a product");
            }
            if (!line.isBlank() && line.getQuantity() == null) {
                result.rejectValue("lines[" + i + "].quantity", "NotNull", "required");
            }
        }
    }

    private String form(Model model, Actor actor, Long customerId, OrderForm form, OrderView existing) {
        model.addAttribute("customer", customers.get(actor, customerId));
        model.addAttribute("products", products.all());
        model.addAttribute("orderForm", form);
        model.addAttribute("existing", existing);
        return "orders/form";
    }
}
