package org.idic.crm.web.customer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.CustomerSearch;
import org.idic.crm.web.export.ExportFormat;
import org.idic.crm.web.export.Exports;
import org.idic.crm.web.support.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer list as CSV or .xlsx: the same parameters, scope, filters and sort as the page, every
 * matching row (no paging), streamed from a database cursor. Each export is audited with its filters
 * and row count once the stream is done; an interrupted one is audited as such.
 */
@Controller
class CustomerExportController {

    private final CustomerSearch search;
    private final AuditLog audit;
    private final MessageSource messages;

    CustomerExportController(CustomerSearch search, AuditLog audit, MessageSource messages) {
        this.search = search;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/customers/export")
    void export(CustomerListRequest request, @RequestParam(required = false) String format, Actor actor,
            Locale locale, HttpServletResponse response) throws IOException {
        ExportFormat as = ExportFormat.parse(format).orElseThrow(() -> new BadRequestException("unknown format"));
        CustomerQuery query = request.toQuery(actor, 0, CustomerQuery.MAX_SIZE);
        CustomerColumns columns = new CustomerColumns(messages, locale);
        long[] rows = {0};
        boolean complete = false;
        try {
            Exports.stream(response, as, "customers", sink -> {
                sink.header(columns.names());
                search.export(actor, query, row -> {
                    sink.row(columns.values(row));
                    rows[0]++;
                });
            });
            complete = true;
        } finally {
            audit.recordNow(actor.username(), AuditAction.EXPORT, "customer-list", null, "format=" + as.extension()
                    + " rows=" + rows[0] + (complete ? "" : " interrupted") + " filters=" + ListQueryString.of(query));
        }
    }
}
