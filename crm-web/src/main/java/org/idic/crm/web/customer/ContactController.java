package org.idic.crm.web.customer;

import org.idic.crm.web.form.FormTokens;
import org.idic.crm.domain.support.Submissions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.customer.ContactView;
import org.idic.crm.domain.customer.Contacts;
import org.idic.crm.domain.customer.Customers;
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

/** The people at a customer. */
@Controller
class ContactController {

    static final ThreeWayMerge<ContactForm> MERGE = ThreeWayMerge.of(ContactForm::comparableValues);

    private final Contacts contacts;
    private final Customers customers;
    private final ConflictResponder conflicts;

    private final Submissions submissions;

    ContactController(Contacts contacts, Customers customers, ConflictResponder conflicts, Submissions submissions) {
        this.submissions = submissions;
        this.contacts = contacts;
        this.customers = customers;
        this.conflicts = conflicts;
    }

    @GetMapping("/customers/{customerId}/contacts/new")
    String newContact(@PathVariable Long customerId, Actor actor, Model model) {
        return form(model, actor, customerId, new ContactForm(), null);
    }

    @PostMapping("/customers/{customerId}/contacts")
    String add(@PathVariable Long customerId, @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult result, @RequestParam(name = FormTokens.PARAMETER, required = false) String formToken, Actor actor, Model model, RedirectAttributes redirect) {
        customers.get(actor, customerId);
        if (!result.hasErrors()) {
            try {
                String added = submissions.once(actor.userId(), formToken, () -> {
                    contacts.add(actor, customerId, form.toDetails());
                    return "/customers/" + customerId;
                });
                redirect.addFlashAttribute("flash", "contact.saved");
                return "redirect:" + added;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, actor, customerId, form, null);
    }

    @GetMapping("/contacts/{id}/edit")
    String edit(@PathVariable Long id, Actor actor, Model model) {
        ContactView contact = contacts.get(actor, id);
        ContactForm form = ContactForm.of(contact);
        model.addAttribute("baseline", MERGE.baseline(form));
        return form(model, actor, contact.customerId(), form, contact);
    }

    @PostMapping("/contacts/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
            @RequestParam(name = Baseline.PARAMETER, required = false) String base,
            @RequestParam(name = ConflictResponder.KEEP_THEIRS, required = false) String[] keepTheirs,
            Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ContactView current = contacts.get(actor, id);
        MERGE.keepTheirs(form, ContactForm.of(current), keepTheirs);
        if (!result.hasErrors()) {
            try {
                contacts.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "contact.saved");
                return "redirect:/customers/" + current.customerId();
            } catch (ConcurrentEditException e) {
                ContactView stored = contacts.get(actor, id);
                conflicts.show(model, response, "contact", id, MERGE, form, ContactForm.of(stored), base);
                form.setVersion(stored.version());
                return form(model, actor, current.customerId(), form, stored);
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, actor, current.customerId(), form, current);
    }

    @PostMapping("/contacts/{id}/delete")
    String delete(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
        Long customerId = contacts.delete(actor, id);
        redirect.addFlashAttribute("flash", "contact.deleted");
        return "redirect:/customers/" + customerId;
    }

    private String form(Model model, Actor actor, Long customerId, ContactForm form, ContactView existing) {
        model.addAttribute("customer", customers.get(actor, customerId));
        model.addAttribute("contactForm", form);
        model.addAttribute("existing", existing);
        return "contacts/form";
    }
}
