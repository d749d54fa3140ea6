package org.idic.crm.web.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotFoundException;
import org.idic.crm.domain.audit.AuditAction;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.report.ReportFilter;
import org.idic.crm.domain.report.Reports;
import org.idic.crm.domain.report.TeamActivity;
import org.idic.crm.domain.report.TierMigration;
import org.idic.crm.web.export.ExportFormat;
import org.idic.crm.web.export.Exports;
import org.idic.crm.web.support.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every report as CSV or .xlsx: the same filters, scope and figures as its page ({@link ReportTables}
 * says what the table holds). Administrators alone may choose a team, as on the pages. Each export is
 * audited with the report's name and filters. When there is nothing to report yet (no segmentation
 * run) the download goes back to the page, which says so.
 */
@Controller
class ReportExportController {

    private final Reports reports;
    private final TierMigration migration;
    private final TeamActivity team;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ReportPage page;

    ReportExportController(Reports reports, TierMigration migration, TeamActivity team, AuditLog audit,
            MessageSource messages, ReportPage page) {
        this.page = page;
        this.reports = reports;
        this.migration = migration;
        this.team = team;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/reports/{name}/export")
    void export(@PathVariable String name, @ModelAttribute ReportParams params,
            @RequestParam(required = false) String format, @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to, @RequestParam(defaultValue = "WEEK") TeamActivity.Period period,
            @RequestParam(defaultValue = "8") int periods, Actor actor, Locale locale, HttpServletResponse response)
            throws IOException {
        ExportFormat as = ExportFormat.parse(format).orElseThrow(() -> new BadRequestException("unknown format"));
        ReportPage.scope(actor, params);
        ReportFilter filter = params.filter();
        ReportTables tables = new ReportTables(messages, locale);
        String query = params.query();
        Optional<ReportTables.Table> table = switch (name) {
            case "tiers" -> reports.tiers(actor, filter).map(tables::tiers);
            case "pareto" -> reports.pareto(actor, filter).map(tables::pareto);
            case "rfm" -> reports.rfm(actor, filter).map(tables::rfm);
            case "value-matrix" -> reports.valueMatrix(actor, filter).map(tables::valueMatrix);
            case "lifecycle" -> reports.lifecycle(actor, filter).map(tables::lifecycle);
            case "migration" -> {
                List<TierMigration.RunOption> runs = migration.runs();
                if (runs.isEmpty()) {
                    yield Optional.empty();
                }
                TierMigration.RunOption[] pair = MovementReportsController.pair(runs, from, to);
                query = page.exportQuery(params, "from=" + pair[0].id() + "&to=" + pair[1].id());
                yield Optional.of(tables.migration(migration.between(actor, filter, pair[0], pair[1])));
            }
            case "team" -> {
                MovementReportsController.checkPeriods(periods);
                query = page.exportQuery(params, "period=" + period + "&periods=" + periods);
                yield Optional.of(tables.team(team.of(actor, filter, period, periods)));
            }
            default -> throw new NotFoundException("report", name);
        };
        if (table.isEmpty()) {
            response.sendRedirect("/reports/" + name + (query.isEmpty() ? "" : "?" + query));
            return;
        }
        ReportTables.Table t = table.get();
        boolean complete = false;
        try {
            Exports.stream(response, as, "report-" + name, sink -> {
                sink.header(t.header());
                t.rows().forEach(sink::row);
            });
            complete = true;
        } finally {
            audit.recordNow(actor.username(), AuditAction.EXPORT, "report-" + name, null, "format=" + as.extension()
                    + " rows=" + t.rows().size() + (complete ? "" : " interrupted") + " filters=" + query);
        }
    }
}
