package org.idic.crm.web.customer;

import org.idic.crm.web.form.FormTokens;
import org.idic.crm.domain.support.Submissions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerView;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.access.Role;
import org.idic.crm.web.form.Baseline;
import org.idic.crm.web.form.ConflictResponder;
import org.idic.crm.web.form.Forms;
import org.idic.crm.web.form.ThreeWayMerge;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating, editing, reassigning and deleting customers. */
@Controller
class CustomerController {

    static final ThreeWayMerge<CustomerForm> MERGE = ThreeWayMerge.of(CustomerForm::comparableValues);

    private final Customers customers;
    private final ConflictResponder conflicts;

    private final Submissions submissions;

    CustomerController(Customers customers, ConflictResponder conflicts, Submissions submissions) {
        this.submissions = submissions;
        this.customers = customers;
        this.conflicts = conflicts;
    }

    @GetMapping("/customers/new")
    String newCustomer(@RequestParam(defaultValue = "INDIVIDUAL") CustomerKind kind, Actor actor, Model model) {
        CustomerForm form = CustomerForm.blank(kind);
        form.setOwnerId(actor.role() == Role.ADMIN ? null : actor.userId());
        return form(model, actor, form, null);
    }

    @PostMapping("/customers")
    String create(@Valid @ModelAttribute("customerForm") CustomerForm form, BindingResult result,
            @RequestParam(name = FormTokens.PARAMETER, required = false) String formToken, Actor actor,
            Model model, RedirectAttributes redirect) {
        if (form.getKind() == null) {
            form.setKind(CustomerKind.INDIVIDUAL);
        }
        checkRules(actor, form, null, result);
        if (!result.hasErrors()) {
            try {
                Long ownerId = actor.role() == Role.REP ? null : form.getOwnerId();
                String created = submissions.once(actor.userId(), formToken,
                        () -> "/customers/" + customers.create(actor, form.getKind(), form.toDetails(), ownerId));
                redirect.addFlashAttribute("flash", "customer.created");
                return "redirect:" + created;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, actor, form, null);
    }

    @GetMapping("/customers/{id}/edit")
    String edit(@PathVariable Long id, Actor actor, Model model) {
        CustomerView customer = customers.get(actor, id);
        CustomerForm form = CustomerForm.of(customer);
        model.addAttribute("baseline", MERGE.baseline(form));
        return form(model, actor, form, customer);
    }

    @PostMapping("/customers/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("customerForm") CustomerForm form,
            BindingResult result, @RequestParam(name = Baseline.PARAMETER, required = false) String base,
            @RequestParam(name = ConflictResponder.KEEP_THEIRS, required = false) String[] keepTheirs, Actor actor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CustomerView current = customers.get(actor, id);
        form.setKind(current.kind());
        MERGE.keepTheirs(form, CustomerForm.of(current), keepTheirs);
        checkRules(actor, form, id, result);
        if (!result.hasErrors()) {
            try {
                customers.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "customer.saved");
                return "redirect:/customers/" + id;
            } catch (ConcurrentEditException e) {
                CustomerView stored = customers.get(actor, id);
                conflicts.show(model, response, "customer", id, MERGE, form, CustomerForm.of(stored), base);
                form.setVersion(stored.version());
                return form(model, actor, form, stored);
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, actor, form, current);
    }

    @PostMapping("/customers/{id}/reassign")
    String reassign(@PathVariable Long id, @RequestParam(required = false) Long ownerId, Actor actor,
            RedirectAttributes redirect) {
        try {
            customers.reassign(actor, id, ownerId);
            redirect.addFlashAttribute("flash", "customer.reassigned");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", e.code());
        }
        return "redirect:/customers/" + id;
    }

    @PostMapping("/customers/{id}/delete")
    String delete(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
        try {
            customers.delete(actor, id);
            redirect.addFlashAttribute("flash", "customer.deleted");
            return "redirect:/customers";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", e.code());
            return "redirect:/customers/" + id;
        }
    }

    /** The rules only the domain can check, marked together with the form's own errors (all at once). */
    private void checkRules(Actor actor, CustomerForm form, Long id, BindingResult result) {
        customers.check(actor, form.toDetails(), id).forEach(problem -> {
            if (problem.field() == null || !result.hasFieldErrors(problem.field())) {
                Forms.reject(result, problem);
            }
        });
    }

    private String form(Model model, Actor actor, CustomerForm form, CustomerView existing) {
        model.addAttribute("customerForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("owners", actor.role() == Role.REP ? java.util.List.of() : customers.assignableOwners(actor));
        return "customers/form";
    }
}
