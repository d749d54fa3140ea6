package org.idic.crm.web.interaction;

import org.idic.crm.web.form.FormTokens;
import org.idic.crm.domain.support.Submissions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.InteractionView;
import org.idic.crm.domain.activity.Interactions;
import org.idic.crm.domain.customer.Contacts;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.activity.InteractionView;
import org.idic.crm.domain.activity.Interactions;
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

/** Logging interactions, editing them, and doing follow-ups. */
@Controller
class InteractionController {

    static final ThreeWayMerge<InteractionForm> MERGE = ThreeWayMerge.of(InteractionForm::comparableValues);

    private final Interactions interactions;
    private final Customers customers;
    private final Contacts contacts;
    private final ConflictResponder conflicts;
    private final Clock clock;

    private final Submissions submissions;

    InteractionController(Interactions interactions, Customers customers, Contacts contacts, ConflictResponder conflicts,
            Clock clock, Submissions submissions) {
        this.submissions = submissions;
        this.interactions = interactions;
        this.customers = customers;
        this.contacts = contacts;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    @GetMapping("/customers/{customerId}/interactions/new")
    String newInteraction(@PathVariable Long customerId, @RequestParam(required = false) Long followUpOf,
            Actor actor, Model model) {
        InteractionForm form = InteractionForm.now(clock);
        if (followUpOf != null) {
            InteractionView earlier = interactions.get(actor, followUpOf);
            form.setFollowUpOf(earlier.id());
            form.setChannel(earlier.channel());
            form.setContactId(earlier.contactId());
            model.addAttribute("followUpOf", earlier);
        }
        return form(model, actor, customerId, form, null);
    }

    @PostMapping("/customers/{customerId}/interactions")
    String log(@PathVariable Long customerId, @Valid @ModelAttribute("interactionForm") InteractionForm form,
            BindingResult result, @RequestParam(name = FormTokens.PARAMETER, required = false) String formToken, Actor actor, Model model, RedirectAttributes redirect) {
        customers.get(actor, customerId);
        checkDates(form, result);
        if (!result.hasErrors()) {
            try {
                String logged = submissions.once(actor.userId(), formToken, () -> {
                    interactions.logFollowUp(actor, customerId, form.toDetails(clock.getZone()), form.getFollowUpOf());
                    return "/customers/" + customerId;
                });
                redirect.addFlashAttribute("flash", "interaction.logged");
                return "redirect:" + logged;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, actor, customerId, form, null);
    }

    @GetMapping("/interactions/{id}/edit")
    String edit(@PathVariable Long id, Actor actor, Model model) {
        InteractionView interaction = interactions.get(actor, id);
        InteractionForm form = InteractionForm.of(interaction, clock.getZone());
        model.addAttribute("baseline", MERGE.baseline(form));
        return form(model, actor, interaction.customerId(), form, interaction);
    }

    @PostMapping("/interactions/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("interactionForm") InteractionForm form,
            BindingResult result, @RequestParam(name = Baseline.PARAMETER, required = false) String base,
            @RequestParam(name = ConflictResponder.KEEP_THEIRS, required = false) String[] keepTheirs, Actor actor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        InteractionView current = interactions.get(actor, id);
        MERGE.keepTheirs(form, InteractionForm.of(current, clock.getZone()), keepTheirs);
        checkDates(form, result);
        if (!result.hasErrors()) {
            try {
                interactions.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(),
                        form.toDetails(clock.getZone()));
                redirect.addFlashAttribute("flash", "interaction.saved");
                return "redirect:/customers/" + current.customerId();
            } catch (ConcurrentEditException e) {
                InteractionView stored = interactions.get(actor, id);
                conflicts.show(model, response, "interaction", id, MERGE, form,
                        InteractionForm.of(stored, clock.getZone()), base);
                form.setVersion(stored.version());
                return form(model, actor, current.customerId(), form, stored);
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, actor, current.customerId(), form, current);
    }

    @PostMapping("/interactions/{id}/follow-up-done")
    String followUpDone(@PathVariable Long id, @RequestParam(required = false) String returnTo, Actor actor,
            RedirectAttributes redirect) {
        Long customerId;
        try {
            customerId = interactions.completeFollowUp(actor, id);
            redirect.addFlashAttribute("flash", "interaction.followUpDone");
        } catch (RuleViolationException e) {
            // a stale page (the follow-up was removed meanwhile): say so where the user came from
            customerId = interactions.get(actor, id).customerId();
            redirect.addFlashAttribute("flashProblem", e.code());
        }
        return "/".equals(returnTo) ? "redirect:/" : "redirect:/customers/" + customerId;
    }

    @PostMapping("/interactions/{id}/delete")
    String delete(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
        Long customerId = interactions.delete(actor, id);
        redirect.addFlashAttribute("flash", "interaction.deleted");
        return "redirect:/customers/" + customerId;
    }

    /** The interaction's own date rule, marked with the form's other errors (all at once). */
    private static void checkDates(InteractionForm form, BindingResult result) {
        if (form.getFollowUpOn() != null && form.getOccurredAt() != null && !result.hasFieldErrors("followUpOn")
                && form.getFollowUpOn().isBefore(form.getOccurredAt().toLocalDate())) {
            result.rejectValue("followUpOn", "interaction.followUp.beforeInteraction", "before the interaction");
        }
    }

    private String form(Model model, Actor actor, Long customerId, InteractionForm form, InteractionView existing) {
        model.addAttribute("customer", customers.get(actor, customerId));
        model.addAttribute("contacts", contacts.ofCustomer(actor, customerId));
        model.addAttribute("interactionForm", form);
        model.addAttribute("existing", existing);
        return "interactions/form";
    }
}
