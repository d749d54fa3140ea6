package org.idic.crm.web.settings;

import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.segmentation.InvalidSettingsException;
import org.idic.crm.domain.segmentation.SettingsVersion;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The history of the segmentation settings: every version, what it changed, and restoring one. */
@Controller
@RequestMapping("/admin/segmentation/versions")
class SettingsVersionsController {

    private final SettingsVersions versions;

    SettingsVersionsController(SettingsVersions versions) {
        this.versions = versions;
    }

    /** One version as the history shows it. */
    record Entry(SettingsVersion version, List<ChangeLine> changes) {
    }

    @GetMapping
    String history(Model model) {
        SettingsVersion current = versions.current();
        model.addAttribute("current", current);
        model.addAttribute("entries", versions.history().stream().map(v -> new Entry(v, ChangeLine.of(v.changes())))
                .toList());
        return "admin/settings-history";
    }

    @GetMapping("/{version}")
    String show(@PathVariable int version, Model model) {
        SettingsVersion shown = versions.get(version).orElseThrow(() -> new NotFoundException("settings version",
                version));
        model.addAttribute("current", versions.current());
        model.addAttribute("entry", new Entry(shown, ChangeLine.of(shown.changes())));
        model.addAttribute("values", SettingFields.text(shown.settings(), shown.scheduleCron()));
        model.addAttribute("groups", SettingFields.GROUPS);
        return "admin/settings-version";
    }

    /** Restores a version as a new one; {@code expectedVersion} is the current version the page showed. */
    @PostMapping("/{version}/restore")
    String restore(@PathVariable int version, @RequestParam int expectedVersion, Actor actor,
            RedirectAttributes redirect) {
        try {
            versions.restore(actor, expectedVersion, version);
            redirect.addFlashAttribute("flash", "settings.restored");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("flashError", "settings.restore.conflict");
        } catch (InvalidSettingsException e) {
            redirect.addFlashAttribute("flashError", "settings.restore.invalid");
        }
        return "redirect:/admin/segmentation/versions";
    }
}
