package org.idic.crm.web.playbook;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.playbook.Playbook;
import org.idic.crm.domain.playbook.Playbooks;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The playbooks per tier and lifecycle stage, in both languages (administrators edit them). */
@Controller
@RequestMapping("/admin/playbooks")
class PlaybookController {

    static final ThreeWayMerge<PlaybookForm> MERGE = ThreeWayMerge.of(PlaybookForm::comparableValues);

    private final Playbooks playbooks;
    private final ConflictResponder conflicts;

    PlaybookController(Playbooks playbooks, ConflictResponder conflicts) {
        this.playbooks = playbooks;
        this.conflicts = conflicts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("playbooks", playbooks.all());
        return "admin/playbooks";
    }

    @GetMapping("/{key}")
    String edit(@PathVariable String key, Model model) {
        Playbook playbook = find(key);
        PlaybookForm form = PlaybookForm.of(playbook);
        model.addAttribute("baseline", MERGE.baseline(form));
        return form(model, form, playbook);
    }

    @PostMapping("/{key}")
    String save(@PathVariable String key, @Valid @ModelAttribute("playbookForm") PlaybookForm form,
            BindingResult result, @RequestParam(name = Baseline.PARAMETER, required = false) String base,
            @RequestParam(name = ConflictResponder.KEEP_THEIRS, required = false) String[] keepTheirs, Actor actor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Playbook current = find(key);
        MERGE.keepTheirs(form, PlaybookForm.of(current), keepTheirs);
        if (!result.hasErrors()) {
            try {
                playbooks.update(actor, key, form.getVersion() == null ? -1 : form.getVersion(), form.getTextEn(),
                        form.getTextZh());
                redirect.addFlashAttribute("flash", "playbook.saved");
                return "redirect:/admin/playbooks";
            } catch (ConcurrentEditException e) {
                Playbook stored = find(key);
                conflicts.show(model, response, MERGE, form, PlaybookForm.of(stored), base, stored.updatedBy(),
                        stored.updatedAt());
                form.setVersion(stored.version());
                return form(model, form, stored);
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return form(model, form, current);
    }

    private Playbook find(String key) {
        return playbooks.get(key).orElseThrow(() -> new NotFoundException("playbook", key));
    }

    private static String form(Model model, PlaybookForm form, Playbook playbook) {
        model.addAttribute("playbookForm", form);
        model.addAttribute("playbook", playbook);
        return "admin/playbook-form";
    }
}
