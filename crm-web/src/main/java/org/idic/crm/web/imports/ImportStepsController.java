package org.idic.crm.web.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.ImportMode;
import org.idic.crm.domain.imports.Imports;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.domain.user.UserView;
import org.idic.crm.web.support.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The column mapping step of an uploaded file: each column of the file with the field it goes to (matched
 * by its header, changeable), the sheet of a workbook, saved mappings, the mode and the default owner.
 * "Check" starts the dry run.
 */
@Controller
class ImportStepsController {

    private final Imports imports;
    private final Uploads uploads;
    private final ImportRunner runner;
    private final UserAccounts accounts;
    private final MessageSource messages;

    ImportStepsController(Imports imports, Uploads uploads, ImportRunner runner, UserAccounts accounts,
            MessageSource messages) {
        this.imports = imports;
        this.uploads = uploads;
        this.runner = runner;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/imports/{upload}")
    String mapping(@PathVariable String upload, Actor actor, Model model, Locale locale) {
        Upload u = uploads.get(upload, actor.username());
        if (u.imported() != null) {
            return "redirect:/imports/" + upload + "/result";
        }
        return page(u, actor, model, u.mapping(), Map.of(), header(u, model, locale));
    }

    @PostMapping("/imports/{upload}/sheet")
    String sheet(@PathVariable String upload, @RequestParam String sheet, Actor actor, Model model, Locale locale) {
        Upload u = uploads.get(upload, actor.username());
        if (!u.sheets().contains(sheet)) {
            throw new BadRequestException("not a choice of this page");
        }
        u.sheet(sheet);
        try {
            u.choose(imports.suggestMapping(u.kind(), u.file(), sheet), u.mode(), u.defaultOwner());
        } catch (RuleViolationException e) {
            model.addAttribute("pageProblem", messages.getMessage(e.code(), e.arguments(), e.code(), locale));
            return page(u, actor, model, Map.of(), Map.of(), null);
        }
        return "redirect:/imports/" + upload;
    }

    /**
     * The columns' fields ({@code field}, one per column of the file, in its order; empty: not imported),
     * the mode and the default owner; then {@code action}: check (dry run), save (the mapping under
     * {@code mappingName}) or apply (the saved mapping {@code saved}).
     */
    @PostMapping("/imports/{upload}/mapping")
    String choose(@PathVariable String upload, @RequestParam(required = false) List<String> field,
            @RequestParam(required = false) ImportMode mode, @RequestParam(required = false) String defaultOwner,
            @RequestParam(defaultValue = "check") String action, @RequestParam(required = false) String mappingName,
            @RequestParam(required = false) String saved, Actor actor, Model model, Locale locale) {
        Upload u = uploads.get(upload, actor.username());
        List<String> header = header(u, model, locale);
        if (header == null) {
            return page(u, actor, model, u.mapping(), Map.of(), null);
        }
        if ("apply".equals(action)) {
            return apply(u, saved, header, actor, model, locale);
        }
        List<String> fields = Imports.fields(u.kind());
        Map<String, String> mapping = new LinkedHashMap<>();
        Map<Integer, String> errors = new LinkedHashMap<>();
        List<String> chosen = field == null ? List.of() : field;
        for (int i = 0; i < header.size(); i++) {
            String f = i < chosen.size() ? chosen.get(i).strip() : "";
            if (f.isEmpty()) {
                continue;
            }
            if (!fields.contains(f)) {
                throw new BadRequestException("not a choice of this page");
            }
            if (mapping.containsKey(f)) {
                errors.put(i, messages.getMessage("import.web.mapping.twice", new Object[] {f}, locale));
            }
            mapping.putIfAbsent(f, header.get(i));
        }
        String owner = defaultOwner == null || defaultOwner.isBlank() ? null : defaultOwner.strip();
        u.choose(mapping, mode == null ? ImportMode.UPSERT : mode, u.kind() == ImportKind.CUSTOMERS ? owner : null);
        if (!errors.isEmpty()) {
            return page(u, actor, model, mapping, errors, header);
        }
        if ("save".equals(action)) {
            try {
                imports.saveMapping(actor, mappingName, u.kind(), mapping);
                model.addAttribute("pageDone", messages.getMessage("import.web.mapping.saved",
                        new Object[] {mappingName.strip()}, locale));
            } catch (RuleViolationException e) {
                model.addAttribute("mappingNameProblem", messages.getMessage(e.code(), e.arguments(), locale));
                model.addAttribute("mappingName", mappingName);
            }
            return page(u, actor, model, mapping, errors, header);
        }
        runner.start(u, actor, true);
        return "redirect:/imports/" + upload + "/progress";
    }

    private String apply(Upload u, String saved, List<String> header, Actor actor, Model model, Locale locale) {
        Map<String, String> found = saved == null ? Map.of() : imports.mapping(saved).orElse(Map.of());
        if (found.isEmpty()) {
            model.addAttribute("pageProblem", messages.getMessage("import.web.mapping.unknown", new Object[] {saved},
                    locale));
            return page(u, actor, model, u.mapping(), Map.of(), header);
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        found.forEach((f, column) -> {
            if (header.contains(column)) {
                mapping.put(f, column);
            } else {
                missing.add(column);
            }
        });
        u.choose(mapping, u.mode(), u.defaultOwner());
        model.addAttribute("pageDone", messages.getMessage("import.web.mapping.applied", new Object[] {saved}, locale));
        if (!missing.isEmpty()) {
            model.addAttribute("pageProblem", messages.getMessage("import.web.mapping.missingColumns",
                    new Object[] {String.join(", ", missing)}, locale));
        }
        return page(u, actor, model, mapping, Map.of(), header);
    }

    private List<String> header(Upload u, Model model, Locale locale) {
        try {
            return imports.header(u.file(), u.sheet());
        } catch (RuleViolationException e) {
            model.addAttribute("pageProblem", messages.getMessage(e.code(), e.arguments(), e.code(), locale));
            return null;
        }
    }

    private String page(Upload u, Actor actor, Model model, Map<String, String> mapping, Map<Integer, String> errors,
            List<String> header) {
        Map<String, String> byColumn = new LinkedHashMap<>();
        mapping.forEach((f, column) -> byColumn.putIfAbsent(column, f));
        model.addAttribute("upload", u);
        model.addAttribute("header", header == null ? List.of() : header);
        model.addAttribute("byColumn", byColumn);
        model.addAttribute("columnErrors", errors);
        model.addAttribute("fields", Imports.fields(u.kind()));
        model.addAttribute("kindKey", u.kind().name().toLowerCase(Locale.ROOT));
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("savedMappings", imports.mappingNames(u.kind()));
        model.addAttribute("owners", owners(actor));
        return "imports/mapping";
    }

    /** Who may own the customers of the file: anyone active for an administrator, the team for a manager. */
    private List<UserView> owners(Actor actor) {
        List<UserView> people = actor.isAdmin() ? accounts.all() : accounts.team(actor.teamId());
        return people.stream().filter(UserView::enabled).toList();
    }
}
