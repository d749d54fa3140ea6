package org.idic.crm.web.complaint;

import org.springframework.web.bind.annotation.RequestParam;
import org.idic.crm.web.form.FormTokens;
import org.idic.crm.domain.support.Submissions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.ComplaintView;
import org.idic.crm.domain.activity.Complaints;
import org.idic.crm.domain.customer.Contacts;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.web.form.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Receiving complaints and taking them through the four steps; only the next valid step is offered. */
@Controller
class ComplaintController {

    private final Complaints complaints;
    private final Customers customers;
    private final Contacts contacts;
    private final Clock clock;

    private final Submissions submissions;

    ComplaintController(Complaints complaints, Customers customers, Contacts contacts, Clock clock, Submissions submissions) {
        this.submissions = submissions;
        this.complaints = complaints;
        this.customers = customers;
        this.contacts = contacts;
        this.clock = clock;
    }

    @GetMapping("/customers/{customerId}/complaints/new")
    String newComplaint(@PathVariable Long customerId, Actor actor, Model model) {
        return form(model, actor, customerId, ComplaintForm.now(clock));
    }

    @PostMapping("/customers/{customerId}/complaints")
    String receive(@PathVariable Long customerId, @Valid @ModelAttribute("complaintForm") ComplaintForm form,
            BindingResult result, @RequestParam(name = FormTokens.PARAMETER, required = false) String formToken, Actor actor, Model model, RedirectAttributes redirect) {
        customers.get(actor, customerId);
        if (!result.hasErrors()) {
            try {
                String received = submissions.once(actor.userId(), formToken,
                        () -> "/complaints/" + complaints.receive(actor, customerId, form.toDetails(clock.getZone())));
                redirect.addFlashAttribute("flash", "complaint.received");
                return "redirect:" + received;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, actor, customerId, form);
    }

    @GetMapping("/complaints/{id}")
    String show(@PathVariable Long id, Actor actor, Model model) {
        ComplaintView complaint = complaints.get(actor, id);
        ComplaintStepForm step = new ComplaintStepForm();
        step.setVersion(complaint.version());
        return page(model, complaint, step);
    }

    @PostMapping("/complaints/{id}/validate")
    String validate(@PathVariable Long id, @Valid @ModelAttribute("stepForm") ComplaintStepForm form,
            BindingResult result, Actor actor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return step(id, form, result, actor, model, redirect, response, () -> complaints.validate(actor, id, version(form)));
    }

    @PostMapping("/complaints/{id}/reject")
    String reject(@PathVariable Long id, @Valid @ModelAttribute("stepForm") ComplaintStepForm form,
            BindingResult result, Actor actor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        required(result, "reason", form.getReason(), "complaint.reason.required");
        return step(id, form, result, actor, model, redirect, response,
                () -> complaints.reject(actor, id, version(form), form.getReason()));
    }

    @PostMapping("/complaints/{id}/resolution")
    String propose(@PathVariable Long id, @Valid @ModelAttribute("stepForm") ComplaintStepForm form,
            BindingResult result, Actor actor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        required(result, "resolution", form.getResolution(), "complaint.resolution.required");
        if (form.getCompensationCost() == null && !result.hasFieldErrors("compensationCost")) {
            result.rejectValue("compensationCost", "complaint.compensation.invalid", "zero or more");
        }
        return step(id, form, result, actor, model, redirect, response, () -> complaints.proposeResolution(actor, id,
                version(form), form.getResolution(), form.getCompensationCost()));
    }

    @PostMapping("/complaints/{id}/follow-up")
    String followUp(@PathVariable Long id, @Valid @ModelAttribute("stepForm") ComplaintStepForm form,
            BindingResult result, Actor actor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (form.getSatisfaction() == null && !result.hasFieldErrors("satisfaction")) {
            result.rejectValue("satisfaction", "complaint.satisfaction.range", "1 to 5");
        }
        return step(id, form, result, actor, model, redirect, response, () -> complaints.followUpAndClose(actor, id,
                version(form), form.getNotes(), form.getSatisfaction()));
    }

    private String step(Long id, ComplaintStepForm form, BindingResult result, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Runnable action) {
        ComplaintView complaint = complaints.get(actor, id);
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("flash", "complaint.stepRecorded");
                return "redirect:/complaints/" + id;
            } catch (ConcurrentEditException e) {
                complaint = complaints.get(actor, id);
                model.addAttribute("stepConflict", true);
                form.setVersion(complaint.version());
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return page(model, complaint, form);
    }

    /**
     * The step's required text, checked here as well as by the complaint itself, so that a refused step
     * shows every problem at once (the complaint's own check comes only after the form's).
     */
    private static void required(BindingResult result, String field, String text, String code) {
        if ((text == null || text.isBlank()) && !result.hasFieldErrors(field)) {
            result.rejectValue(field, code, "required");
        }
    }

    private static long version(ComplaintStepForm form) {
        return form.getVersion() == null ? -1 : form.getVersion();
    }

    private String page(Model model, ComplaintView complaint, ComplaintStepForm form) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("stepForm", form);
        return "complaints/show";
    }

    private String form(Model model, Actor actor, Long customerId, ComplaintForm form) {
        model.addAttribute("customer", customers.get(actor, customerId));
        model.addAttribute("contacts", contacts.ofCustomer(actor, customerId));
        model.addAttribute("complaintForm", form);
        return "complaints/form";
    }
}
