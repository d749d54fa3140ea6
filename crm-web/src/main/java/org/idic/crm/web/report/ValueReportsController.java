package org.idic.crm.web.report;

import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.report.ReportRows;
import org.idic.crm.domain.report.Reports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The tier report (with ABC classes and pyramid levels) and the lifecycle funnel. */
@Controller
class ValueReportsController {

    private final Reports reports;
    private final ReportPage page;

    ValueReportsController(Reports reports, ReportPage page) {
        this.reports = reports;
        this.page = page;
    }

    @GetMapping("/reports")
    String index() {
        return "redirect:/reports/tiers";
    }

    @GetMapping("/reports/tiers")
    String tiers(@ModelAttribute("params") ReportParams params, Actor actor, Model model) {
        page.prepare(model, actor, params, "tiers");
        reports.tiers(actor, params.filter()).ifPresent(r -> {
            model.addAttribute("data", r);
            model.addAttribute("tierChart", bars(r.tiers(), "Tier", "tier", params).json());
            model.addAttribute("abcChart", bars(r.abc(), "AbcClass", "abc", params).json());
            model.addAttribute("pyramidChart", bars(r.pyramid(), "PyramidLevel", "pyramid", params).json());
        });
        return "reports/tiers";
    }

    @GetMapping("/reports/lifecycle")
    String lifecycle(@ModelAttribute("params") ReportParams params, Actor actor, Model model) {
        page.prepare(model, actor, params, "lifecycle");
        reports.lifecycle(actor, params.filter()).ifPresent(r -> {
            model.addAttribute("data", r);
            model.addAttribute("funnelChart", bars(r.stages(), "LifecycleStage", "lifecycle", params)
                    .option("indexAxis", "y").json());
            model.addAttribute("relationshipChart", ChartSpec.of("doughnut")
                    .labels(page.labels("Relationship", r.relationships().stream().map(ReportRows.Row::value).toList()))
                    .dataset(page.text("report.customers"), r.relationships().stream()
                            .map(ReportRows.Row::customers).toList(), Colors.SERIES, links(r.relationships(),
                            "relationship", params)).json());
        });
        return "reports/lifecycle";
    }

    /** Customers and revenue per value, each on its own value axis (charts.js); each bar opens its customers. */
    private ChartSpec bars(List<ReportRows.Row> rows, String enumName, String filter, ReportParams params) {
        List<String> values = rows.stream().map(ReportRows.Row::value).toList();
        List<String> drill = links(rows, filter, params);
        Object colors = enumName.equals("Tier") ? values.stream().map(Colors::tier).toList() : Colors.SERIES.get(0);
        return ChartSpec.of("bar").labels(page.labels(enumName, values))
                .dataset(page.text("report.customers"), rows.stream().map(ReportRows.Row::customers).toList(), colors,
                        drill)
                .dataset(page.text("report.revenue"), rows.stream().map(r -> Math.round(r.revenue())).toList(),
                        "rgba(25, 135, 84, 0.35)", drill)
                .option("dualAxis", true);
    }

    private static List<String> links(List<ReportRows.Row> rows, String filter, ReportParams params) {
        List<String> links = new ArrayList<>();
        rows.forEach(r -> links.add(params.drill(filter, r.value())));
        return links;
    }
}
