package org.idic.crm.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.ImportMode;
import org.idic.crm.domain.imports.ImportProperties;
import org.idic.crm.domain.imports.Imports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page's first step — choose the kind, upload a file — with the templates to download and the
 * list of past imports and their undo. The steps after the upload are {@link ImportStepsController}'s.
 */
@Controller
class ImportController {

    static final int HISTORY = 50;

    private final Imports imports;
    private final Uploads uploads;
    private final ImportProperties properties;
    private final MessageSource messages;

    ImportController(Imports imports, Uploads uploads, ImportProperties properties, MessageSource messages) {
        this.imports = imports;
        this.uploads = uploads;
        this.properties = properties;
        this.messages = messages;
    }

    /** Administrators import anything, managers everything but products (as the domain permits). */
    static List<ImportKind> kinds(Actor actor) {
        return actor.isAdmin() ? List.of(ImportKind.values()) : List.of(ImportKind.CUSTOMERS, ImportKind.CONTACTS,
                ImportKind.ORDERS, ImportKind.INTERACTIONS);
    }

    @GetMapping("/imports")
    String start(@RequestParam(required = false) String kind, Actor actor, Model model) {
        model.addAttribute("kinds", kinds(actor));
        model.addAttribute("kind", kind == null ? "customers" : kind);
        model.addAttribute("batches", imports.recent(actor, HISTORY));
        model.addAttribute("maxBytes", properties.maxFileSize().toBytes());
        model.addAttribute("maxSize", ImportLimits.size(properties.maxFileSize().toBytes()));
        return "imports/start";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            Actor actor, Model model, Locale locale) throws IOException {
        ImportKind chosen = kinds(actor).stream().filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
                .orElse(null);
        String problem = null;
        if (chosen == null) {
            problem = text("import.web.kind.required", locale);
        } else if (file == null || file.isEmpty()) {
            problem = text("import.web.file.required", locale);
        } else if (file.getSize() > properties.maxFileSize().toBytes()) {
            problem = messages.getMessage("import.file.tooLarge",
                    new Object[] {ImportLimits.size(properties.maxFileSize().toBytes())}, locale);
        }
        if (problem == null) {
            String fileName = displayName(file.getOriginalFilename());
            Upload upload;
            try (InputStream bytes = file.getInputStream()) {
                upload = uploads.keep(actor.username(), fileName, chosen, bytes);
            }
            try {
                List<String> sheets = isWorkbook(fileName, upload) ? imports.sheets(upload.file()) : List.of();
                upload = uploads.withSheets(upload, sheets);
                upload.choose(imports.suggestMapping(chosen, upload.file(), upload.sheet()), ImportMode.UPSERT, null);
                return "redirect:/imports/" + upload.id();
            } catch (RuleViolationException e) {
                uploads.remove(upload);
                problem = messages.getMessage(e.code(), e.arguments(), e.code(), locale);
            }
        }
        model.addAttribute("uploadProblem", problem);
        return start(kind == null ? null : kind.toLowerCase(Locale.ROOT), actor, model);
    }

    @PostMapping("/imports/batches/{id}/undo")
    String undo(@PathVariable long id, Actor actor, RedirectAttributes redirect, Locale locale) {
        try {
            imports.undo(actor, id);
            redirect.addFlashAttribute("flash", "import.web.undone");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashProblemText", messages.getMessage(e.code(), e.arguments(), e.code(),
                    locale));
        }
        return "redirect:/imports";
    }

    @GetMapping("/imports/templates/{kind}")
    void template(@PathVariable String kind, Actor actor, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) throws IOException {
        ImportKind chosen = kinds(actor).stream().filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
                .orElseThrow(() -> new NotPermittedException("no template of " + kind));
        ImportTemplates.write(chosen, locale, messages, response);
    }

    private static boolean isWorkbook(String fileName, Upload upload) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(upload.file())) {
            byte[] start = in.readNBytes(2);
            // an .xlsx is a zip: PK
            return start.length == 2 && start[0] == 'P' && start[1] == 'K'
                    || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        }
    }

    /** The file's own name, without any folder a browser may send, at most 200 characters. */
    static String displayName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
