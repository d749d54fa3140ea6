package org.idic.crm.web.complaint;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.activity.ComplaintList;
import org.idic.crm.domain.activity.ComplaintPage;
import org.idic.crm.domain.activity.ComplaintQuery;
import org.idic.crm.domain.activity.ComplaintRow;
import org.idic.crm.domain.activity.ComplaintStatus;
import org.idic.crm.domain.activity.Severity;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.web.export.ExportFormat;
import org.idic.crm.web.export.Exports;
import org.idic.crm.web.support.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The complaints list (a rep's, a manager's team's, an administrator's all) and its export: the same
 * parameters, scope and order; the export every matching row, audited with its filters and row count.
 */
@Controller
class ComplaintListController {

    static final int PAGE_SIZE = 25;

    private final ComplaintList complaints;
    private final Customers customers;
    private final AuditLog audit;
    private final MessageSource messages;

    ComplaintListController(ComplaintList complaints, Customers customers, AuditLog audit, MessageSource messages) {
        this.complaints = complaints;
        this.customers = customers;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/complaints")
    String list(ComplaintListRequest request, @RequestParam(defaultValue = "0") int page, Actor actor,
            Model model) {
        ComplaintQuery query = request.toQuery(actor, page, PAGE_SIZE);
        ComplaintPage result = complaints.search(actor, query);
        String listQuery = ComplaintListRequest.queryString(query);
        if (result.query().page() != query.page()) {
            // a stale link past the end: the last page there is
            return "redirect:/complaints?" + listQuery + (listQuery.isEmpty() ? "" : "&") + "page="
                    + result.query().page();
        }
        model.addAttribute("result", result);
        model.addAttribute("listQuery", listQuery);
        model.addAttribute("otherOrder", ComplaintListRequest.queryString(new ComplaintQuery(query.customer(),
                query.status(), query.openOnly(), query.severity(), query.handlerId(), query.overdueOnly(),
                !query.dueLast(), 0, query.size())));
        model.addAttribute("statusChoice", request.status() == null ? "" : request.status());
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("handlers", actor.role() == Role.REP ? List.of() : customers.assignableOwners(actor));
        return "complaints/list";
    }

    @GetMapping("/complaints/export")
    void export(ComplaintListRequest request, @RequestParam(required = false) String format, Actor actor,
            Locale locale, HttpServletResponse response) throws IOException {
        ExportFormat as = ExportFormat.parse(format).orElseThrow(() -> new BadRequestException("unknown format"));
        ComplaintQuery query = request.toQuery(actor, 0, ComplaintQuery.MAX_SIZE);
        long[] rows = {0};
        boolean complete = false;
        try {
            Exports.stream(response, as, "complaints", sink -> {
                sink.header(Arrays.asList(text("export.complaints.number", locale), text("field.number", locale),
                        text("complaints.customerColumn", locale), text("field.status", locale), text("field.severity", locale),
                        text("field.category", locale), text("complaints.received", locale),
                        text("complaints.due", locale), text("complaints.overdue", locale),
                        text("complaints.handler", locale)));
                complaints.export(actor, query, row -> {
                    sink.row(values(row, locale));
                    rows[0]++;
                });
            });
            complete = true;
        } finally {
            audit.recordNow(actor.username(), AuditAction.EXPORT, "complaint-list", null, "format=" + as.extension()
                    + " rows=" + rows[0] + (complete ? "" : " interrupted") + " filters="
                    + ComplaintListRequest.queryString(query));
        }
    }

    private List<Object> values(ComplaintRow k, Locale locale) {
        return Arrays.asList(k.id(), k.customerNumber(), k.customerName(),
                text("enum.ComplaintStatus." + k.status(), locale), text("enum.Severity." + k.severity(), locale),
                text("enum.ComplaintCategory." + k.category(), locale), k.receivedAt(), k.dueAt(),
                text(k.overdue() ? "export.yes" : "export.no", locale), k.handlerName());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
