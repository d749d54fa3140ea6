package org.idic.crm.web.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.imports.DuplicateChoice;
import org.idic.crm.domain.imports.ImportProblem;
import org.idic.crm.domain.imports.ImportReport;
import org.idic.crm.domain.imports.Imports;
import org.idic.crm.domain.imports.RejectedRows;
import org.idic.crm.web.export.ExportFormat;
import org.idic.crm.web.export.Exports;
import org.idic.crm.web.support.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dry run and the import of an uploaded file, both in the background: the progress page (polled),
 * cancel, the dry run's report (counts, problems a page at a time, possible duplicates and the choice for
 * them, the rejected rows to download), the import, and its result.
 */
@Controller
class ImportRunController {

    static final int PROBLEMS_PAGE = 100;
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[-+]\\d{1,18}(\\.\\d{1,10})?");

    private final Imports imports;
    private final Uploads uploads;
    private final ImportRunner runner;
    private final MessageSource messages;

    ImportRunController(Imports imports, Uploads uploads, ImportRunner runner, MessageSource messages) {
        this.imports = imports;
        this.uploads = uploads;
        this.runner = runner;
        this.messages = messages;
    }

    @GetMapping("/imports/{upload}/progress")
    String progress(@PathVariable String upload, Actor actor, Model model, Locale locale) {
        Upload u = uploads.get(upload, actor.username());
        ImportJob job = u.job();
        if (job == null) {
            return "redirect:/imports/" + upload;
        }
        // the state is read once: the job may end while the page is being written
        ImportJob.State state = job.state();
        String next = next(u, job, state);
        if (next != null) {
            return "redirect:" + next;
        }
        show(u, job, state, model, locale);
        return "imports/progress";
    }

    /** The progress panel alone, polled every second; when the job has ended, htmx is sent on. */
    @GetMapping("/imports/{upload}/progress/panel")
    String panel(@PathVariable String upload, Actor actor, Model model, Locale locale,
            HttpServletResponse response) {
        Upload u = uploads.get(upload, actor.username());
        ImportJob job = u.job();
        if (job == null) {
            response.setHeader("HX-Redirect", "/imports/" + upload);
            return "imports/progress :: gone";
        }
        ImportJob.State state = job.state();
        String next = next(u, job, state);
        if (next != null) {
            response.setHeader("HX-Redirect", next);
        }
        show(u, job, state, model, locale);
        return "imports/progress :: panel";
    }

    private void show(Upload u, ImportJob job, ImportJob.State state, Model model, Locale locale) {
        model.addAttribute("upload", u);
        model.addAttribute("job", job);
        // polled while it runs, and until the answer that sends the browser on has been given
        model.addAttribute("polling", state != ImportJob.State.FAILED);
        if (state == ImportJob.State.FAILED) {
            model.addAttribute("failure", messages.getMessage(job.failureCode(), job.failureArguments(),
                    job.failureCode(), locale));
        }
    }

    /** Where to go once the job has ended, or null while it runs (or failed: the page says why). */
    private static String next(Upload u, ImportJob job, ImportJob.State state) {
        String base = "/imports/" + u.id();
        return switch (state) {
            case RUNNING, FAILED -> null;
            case CANCELLED -> base + "?cancelled";
            case DONE -> job.dryRun() || u.imported() == null ? base + "/report" : base + "/result";
        };
    }

    @PostMapping("/imports/{upload}/cancel")
    String cancel(@PathVariable String upload, Actor actor) {
        Upload u = uploads.get(upload, actor.username());
        if (u.job() != null) {
            u.job().cancel();
        }
        return "redirect:/imports/" + upload + "/progress";
    }

    @GetMapping("/imports/{upload}/report")
    String report(@PathVariable String upload, @RequestParam(defaultValue = "1") int page, Actor actor, Model model) {
        Upload u = uploads.get(upload, actor.username());
        ImportReport report = u.checked();
        if (report == null) {
            return "redirect:/imports/" + upload;
        }
        int pages = Math.max(1, (report.problems().size() + PROBLEMS_PAGE - 1) / PROBLEMS_PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        int from = (shown - 1) * PROBLEMS_PAGE;
        model.addAttribute("upload", u);
        model.addAttribute("report", report);
        model.addAttribute("problems", report.problems().subList(Math.min(from, report.problems().size()),
                Math.min(from + PROBLEMS_PAGE, report.problems().size())));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("choices", List.of(DuplicateChoice.CREATE, DuplicateChoice.UPDATE, DuplicateChoice.SKIP));
        return "imports/report";
    }

    /** The choice for every possible duplicate ({@code all}) and for single rows ({@code line-<n>}); checks again. */
    @PostMapping("/imports/{upload}/duplicates")
    String duplicates(@PathVariable String upload, @RequestParam Map<String, String> form, Actor actor) {
        Upload u = uploads.get(upload, actor.username());
        DuplicateChoice all = choice(form.get("all"));
        Map<Long, DuplicateChoice> rows = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("line-") && choice(value) != DuplicateChoice.ASK) {
                try {
                    rows.put(Long.parseLong(name.substring(5)), choice(value));
                } catch (NumberFormatException e) {
                    throw new BadRequestException("not a line: " + name);
                }
            }
        });
        u.chooseDuplicates(all, rows);
        runner.start(u, actor, true);
        return "redirect:/imports/" + upload + "/progress";
    }

    private static DuplicateChoice choice(String value) {
        if (value == null || value.isBlank()) {
            return DuplicateChoice.ASK;
        }
        try {
            return DuplicateChoice.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("not a choice: " + value);
        }
    }

    /** Imports the file: only after a clean dry run of the same choices. */
    @PostMapping("/imports/{upload}/run")
    String run(@PathVariable String upload, Actor actor) {
        Upload u = uploads.get(upload, actor.username());
        ImportReport checked = u.checked();
        if (checked == null || !checked.clean() || u.imported() != null) {
            return "redirect:/imports/" + upload + (checked == null ? "" : "/report");
        }
        runner.start(u, actor, false);
        return "redirect:/imports/" + upload + "/progress";
    }

    @GetMapping("/imports/{upload}/result")
    String result(@PathVariable String upload, Actor actor, Model model) {
        Upload u = uploads.get(upload, actor.username());
        if (u.imported() == null) {
            return "redirect:/imports/" + upload;
        }
        model.addAttribute("upload", u);
        model.addAttribute("report", u.imported());
        return "imports/result";
    }

    /** The rejected rows as they are in the file, with a column saying what is wrong, to fix and upload again. */
    @GetMapping("/imports/{upload}/rejected")
    void rejected(@PathVariable String upload, Actor actor, Locale locale, HttpServletResponse response)
            throws IOException {
        Upload u = uploads.get(upload, actor.username());
        if (u.imported() != null) {
            throw new BadRequestException("already imported");
        }
        String reasonHeader = messages.getMessage("import.web.rejected.reason", null, locale);
        Exports.stream(response, ExportFormat.CSV, "rejected-rows", sink ->
                imports.rejectedRows(actor, u.request(), new RejectedRows() {
                    @Override
                    public void header(List<String> header) {
                        List<String> names = new ArrayList<>(header);
                        names.add(reasonHeader);
                        sink.header(names);
                    }

                    @Override
                    public void row(long line, List<String> values, List<ImportProblem> problems) {
                        List<Object> row = new ArrayList<>();
                        // a signed number ("-2", a return) stays a number: as text the export's formula guard
                        // would put a quote before it, and the fixed file would not read back
                        values.forEach(v -> row.add(SIGNED_NUMBER.matcher(v).matches() ? new BigDecimal(v) : v));
                        row.add(String.join("; ", problems.stream().map(p -> reason(p, locale)).toList()));
                        sink.row(row);
                    }
                }));
    }

    /** "line 4, email: Not an e-mail address. (x@)" in the user's language. */
    String reason(ImportProblem p, Locale locale) {
        String why = messages.getMessage(p.code(), new Object[] {p.argument()}, p.code(), locale);
        return messages.getMessage("import.web.rejected.line", new Object[] {p.line(),
                p.column() == null ? "—" : p.column(), why}, locale);
    }
}
