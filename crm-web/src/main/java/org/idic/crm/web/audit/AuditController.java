package org.idic.crm.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditEntry;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.audit.AuditQuery;
import org.idic.crm.domain.audit.AuditSearch;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.export.ExportFormat;
import org.idic.crm.web.export.Exports;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail: filters, newest first, 50 lines a page with keyset paging ("older" carries the last
 * line's time and id), what changed old → new in the reader's language, and a CSV export that is itself
 * audited. The domain decides what a manager may see.
 */
@Controller
class AuditController {

    static final int PAGE = 50;

    private final AuditSearch search;
    private final AuditLog audit;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final AuditLabels labels;

    AuditController(AuditSearch search, AuditLog audit, UserAccounts accounts, MessageSource messages,
            AuditLabels labels) {
        this.search = search;
        this.audit = audit;
        this.accounts = accounts;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String type, @RequestParam(required = false) Long record,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant beforeAt, @RequestParam(required = false) Long beforeId,
            Actor viewer, Locale locale, Model model) {
        AuditQuery query = new AuditQuery(actor, action, type, record, from, to, beforeAt, beforeId);
        AuditSearch.AuditPage page = search.search(viewer, query, PAGE);
        model.addAttribute("entries",
                page.entries().stream().map(e -> labels.named(AuditLine.of(e), locale)).toList());
        model.addAttribute("hasMore", page.hasMore());
        model.addAttribute("last", page.entries().isEmpty() ? null : page.entries().get(page.entries().size() - 1));
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("types", List.of("customer", "contact", "order", "interaction", "complaint", "product",
                "user", "team", "playbook", "segmentation_settings", "segmentation_run", "import", "audit"));
        model.addAttribute("people", viewer.isAdmin() ? accounts.all() : accounts.team(viewer.teamId()));
        return "audit/list";
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String type, @RequestParam(required = false) Long record,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Actor viewer, Locale locale, HttpServletResponse response) throws IOException {
        AuditQuery query = new AuditQuery(actor, action, type, record, from, to, null, null);
        int[] rows = {0};
        Exports.stream(response, ExportFormat.CSV, "audit", sink -> {
            sink.header(List.of(text("audit.when", locale), text("audit.who", locale), text("audit.action", locale),
                    text("audit.type", locale), text("audit.record", locale), text("audit.changes", locale)));
            search.export(viewer, query, entry -> {
                rows[0]++;
                sink.row(row(entry, locale));
            });
        });
        audit.recordNow(viewer.username(), AuditAction.EXPORT, "audit", null, "{\"rows\":\"" + rows[0] + "\"}");
    }

    private List<Object> row(AuditEntry entry, Locale locale) {
        List<String> changes = new ArrayList<>();
        for (AuditLine.Change change : labels.named(AuditLine.of(entry), locale).changes()) {
            String field = change.field();
            changes.add(change.pair() ? field + ": " + nullText(change.before()) + " → " + nullText(change.after())
                    : field + ": " + nullText(change.after()));
        }
        List<Object> row = new ArrayList<>();
        row.add(entry.occurredAt());
        row.add(entry.actor());
        row.add(messages.getMessage("audit.action." + entry.action(), null, entry.action(), locale));
        row.add(entry.entityType() == null ? "" : entry.entityType());
        row.add(entry.entityId() == null ? "" : entry.entityId().toString());
        row.add(String.join("; ", changes));
        return row;
    }

    private static String nullText(String s) {
        return s == null ? "—" : s;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
