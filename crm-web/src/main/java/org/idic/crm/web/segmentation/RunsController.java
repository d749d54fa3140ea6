package org.idic.crm.web.segmentation;

import java.time.LocalDate;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.segmentation.RunAlreadyInProgressException;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Segmentation runs for managers and administrators: start one, watch it, read the history. */
@Controller
class RunsController {

    static final int HISTORY = 50;

    private final SegmentationRuns runs;
    private final SettingsVersions settings;

    RunsController(SegmentationRuns runs, SettingsVersions settings) {
        this.runs = runs;
        this.settings = settings;
    }

    @GetMapping("/segmentation/runs")
    String list(Model model) {
        model.addAttribute("runs", runs.recent(HISTORY).stream().map(RunDisplay::of).toList());
        model.addAttribute("running", runs.running().orElse(null));
        model.addAttribute("settingsVersion", settings.current());
        return "segmentation/runs";
    }

    @PostMapping("/segmentation/runs")
    String start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Actor actor, RedirectAttributes redirect) {
        try {
            Long id = runs.startInBackground(actor, asOf);
            return "redirect:/segmentation/runs/" + id;
        } catch (RunAlreadyInProgressException e) {
            redirect.addFlashAttribute("alreadyRunning", e);
            return "redirect:/segmentation/runs";
        }
    }

    @GetMapping("/segmentation/runs/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("r", RunDisplay.of(runs.get(id).orElseThrow(() -> new NotFoundException("run", id))));
        return "segmentation/run";
    }

    /** The progress panel alone, polled by the run page while the run goes on. */
    @GetMapping("/segmentation/runs/{id}/progress")
    String progress(@PathVariable Long id, Model model) {
        model.addAttribute("r", RunDisplay.of(runs.get(id).orElseThrow(() -> new NotFoundException("run", id))));
        return "segmentation/run :: progress";
    }
}
