package org.idic.crm.web.settings;

import jakarta.servlet.http.HttpServletResponse;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.segmentation.InvalidSettingsException;
import org.idic.crm.domain.segmentation.PreviewBusyException;
import org.idic.crm.domain.segmentation.SettingsPreview;
import org.idic.crm.domain.segmentation.SettingsVersion;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.web.form.Baseline;
import org.idic.crm.web.form.ConflictResponder;
import org.idic.crm.web.form.ThreeWayMerge;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The segmentation settings form (administrators only): every threshold, checked as a whole; saving
 * makes a new version, unless someone saved one since the form was loaded; "preview" shows what the
 * typed settings would do to the tiers without saving anything.
 */
@Controller
@RequestMapping("/admin/segmentation")
class SettingsController {

    /** Every setting by its name; the form binds it as {@code values[name]}. */
    static final ThreeWayMerge<SettingsForm> MERGE = new ThreeWayMerge<>(f -> SettingFields.known(f.getValues()),
            name -> "values[" + name + "]", name -> "field." + name);

    private final SettingsVersions versions;
    private final SettingsPreview previews;
    private final ConflictResponder conflicts;

    SettingsController(SettingsVersions versions, SettingsPreview previews, ConflictResponder conflicts) {
        this.versions = versions;
        this.previews = previews;
        this.conflicts = conflicts;
    }

    @GetMapping
    String edit(Model model) {
        SettingsVersion current = versions.current();
        SettingsForm form = SettingsForm.of(current);
        model.addAttribute("baseline", MERGE.baseline(form));
        return page(model, form, current);
    }

    @PostMapping
    String save(@ModelAttribute("settingsForm") SettingsForm form, BindingResult result,
            @RequestParam(name = Baseline.PARAMETER, required = false) String base,
            @RequestParam(name = ConflictResponder.KEEP_THEIRS, required = false) String[] keepTheirs, Actor actor,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        MERGE.keepTheirs(form, SettingsForm.of(versions.current()), keepTheirs);
        SettingsReader.Typed typed = check(form, result);
        if (!result.hasErrors()) {
            try {
                int loaded = form.getVersion() == null ? -1 : form.getVersion();
                versions.save(actor, loaded, typed.settings(), typed.cron());
                redirect.addFlashAttribute("flash", "settings.saved");
                return "redirect:/admin/segmentation";
            } catch (InvalidSettingsException e) {
                SettingsReader.reject(result, e.problems(), typed, form.getValues());
            } catch (ConcurrentEditException e) {
                SettingsVersion stored = versions.current();
                conflicts.show(model, response, MERGE, form, SettingsForm.of(stored), base, stored.createdBy(),
                        stored.createdAt());
                form.setVersion(stored.version());
                return page(model, form, stored);
            }
        }
        return page(model, form, versions.current());
    }

    @PostMapping("/preview")
    String preview(@ModelAttribute("settingsForm") SettingsForm form, BindingResult result, Actor actor,
            Model model) {
        SettingsReader.Typed typed = check(form, result);
        if (!result.hasErrors()) {
            try {
                model.addAttribute("preview", previews.preview(actor, typed.settings()));
            } catch (InvalidSettingsException e) {
                SettingsReader.reject(result, e.problems(), typed, form.getValues());
            } catch (PreviewBusyException e) {
                result.reject("settings.preview.busy");
            }
        }
        return page(model, form, versions.current());
    }

    /** Reads the form and marks every problem, before anything is saved or computed. */
    private static SettingsReader.Typed check(SettingsForm form, BindingResult result) {
        SettingsReader.Typed typed = SettingsReader.read(form.getValues(), result);
        SettingsReader.reject(result, SettingsVersions.problems(typed.settings(), typed.cron()), typed,
                form.getValues());
        return typed;
    }

    private static String page(Model model, SettingsForm form, SettingsVersion current) {
        model.addAttribute("settingsForm", form);
        model.addAttribute("current", current);
        model.addAttribute("groups", SettingFields.GROUPS);
        return "admin/settings";
    }
}
