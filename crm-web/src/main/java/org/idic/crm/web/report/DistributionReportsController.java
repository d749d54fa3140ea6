package org.idic.crm.web.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.report.ReportRows;
import org.idic.crm.domain.report.Reports;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** How value is spread: the Pareto curve, the RFM grid and the value matrix. */
@Controller
class DistributionReportsController {

    private static final List<String> RFM_SEGMENTS = Arrays.stream(RfmSegment.values())
            .filter(s -> s != RfmSegment.NONE).map(Enum::name).toList();

    private final Reports reports;
    private final ReportPage page;

    DistributionReportsController(Reports reports, ReportPage page) {
        this.reports = reports;
        this.page = page;
    }

    @GetMapping("/reports/pareto")
    String pareto(@ModelAttribute("params") ReportParams params, Actor actor, Model model) {
        page.prepare(model, actor, params, "pareto");
        reports.pareto(actor, params.filter()).ifPresent(r -> {
            model.addAttribute("data", r);
            List<Map<String, Double>> curve = new ArrayList<>();
            r.points().forEach(p -> curve.add(Map.of("x", round(p[0] * 100), "y", round(p[1] * 100))));
            String top = params.drill("sort", "revenue", "dir", "desc");
            model.addAttribute("paretoChart", ChartSpec.of("scatter")
                    .dataset(page.text("report.pareto.curve"), curve, "#0d6efd", List.of(top))
                    .with("showLine", true).with("pointRadius", 0).with("fill", false)
                    .dataset(page.text("report.pareto.line80"), List.of(Map.of("x", 0, "y", 80), Map.of("x", 100, "y", 80)),
                            "#dc3545", List.of()).with("showLine", true).with("pointRadius", 0).with("borderDash", List.of(6, 4))
                    .dataset(page.text("report.pareto.reached"), List.of(Map.of("x", round(r.customerShareFor80() * 100),
                            "y", 80)), "#dc3545", List.of(top)).with("pointRadius", 6)
                    .option("axisTitles", List.of(page.text("report.pareto.xAxis"), page.text("report.pareto.yAxis")))
                    .option("percentAxes", true).json());
        });
        return "reports/pareto";
    }

    @GetMapping("/reports/rfm")
    String rfm(@ModelAttribute("params") ReportParams params, Actor actor, Model model) {
        page.prepare(model, actor, params, "rfm");
        reports.rfm(actor, params.filter()).ifPresent(r -> {
            model.addAttribute("data", r);
            Map<String, ReportRows.RfmCell> byCell = new LinkedHashMap<>();
            r.cells().forEach(c -> byCell.put(c.r() + ":" + c.f(), c));
            model.addAttribute("cells", byCell);
            Map<String, String> cellLinks = new LinkedHashMap<>();
            r.cells().forEach(c -> cellLinks.put(c.r() + ":" + c.f(), params.drill("r", c.r(), "f", c.f())));
            model.addAttribute("cellLinks", cellLinks);
            List<Integer> scores = new ArrayList<>();
            for (int s = r.k(); s >= 1; s--) {
                scores.add(s);
            }
            model.addAttribute("scores", scores);
            Map<String, Long> bySegment = new LinkedHashMap<>();
            RFM_SEGMENTS.forEach(segment -> r.cells().stream().filter(c -> c.segment().equals(segment))
                    .forEach(c -> bySegment.merge(segment, c.customers(), Long::sum)));
            model.addAttribute("segments", bySegment);
            List<String> names = new ArrayList<>(bySegment.keySet());
            List<String> segmentLinks = names.stream().map(segment -> params.drill("rfm", segment)).toList();
            model.addAttribute("segmentLinks", segmentLinks);
            model.addAttribute("segmentChart", ChartSpec.of("bar").labels(page.labels("RfmSegment", names))
                    .dataset(page.text("report.customers"), new ArrayList<>(bySegment.values()),
                            names.stream().map(Colors.SEGMENT::get).toList(), segmentLinks)
                    .option("indexAxis", "y").option("noLegend", true).json());
        });
        return "reports/rfm";
    }

    @GetMapping("/reports/value-matrix")
    String valueMatrix(@ModelAttribute("params") ReportParams params, Actor actor, Model model) {
        page.prepare(model, actor, params, "value-matrix");
        reports.valueMatrix(actor, params.filter()).ifPresent(r -> {
            model.addAttribute("data", r);
            ChartSpec chart = ChartSpec.of("scatter");
            for (String tier : List.of("MVC", "MGC", "MAINTAIN", "BZ")) {
                List<Map<String, Double>> points = new ArrayList<>();
                List<String> links = new ArrayList<>();
                r.points().stream().filter(p -> p.tier().equals(tier)).forEach(p -> {
                    points.add(Map.of("x", (double) Math.round(p.currentValue()), "y",
                            (double) Math.round(p.growthPotential())));
                    links.add("/customers/" + p.customerId());
                });
                // see-through points, so that a tier under a crowd of another still shows
                chart.dataset(page.label("Tier", tier), points, Colors.tier(tier) + "99", links).with("pointRadius", 3);
            }
            Map<String, Object> thresholds = new LinkedHashMap<>();
            thresholds.put("x", r.mvcThreshold());
            thresholds.put("y", r.mgcThreshold());
            chart.option("thresholds", thresholds)
                    .option("axisTitles", List.of(page.text("report.matrix.xAxis"), page.text("report.matrix.yAxis")));
            model.addAttribute("matrixChart", chart.json());
            Map<String, String> quadrantLinks = new LinkedHashMap<>();
            r.quadrants().keySet().forEach(q -> quadrantLinks.put(q, params.drill("quadrant", q)));
            model.addAttribute("quadrantLinks", quadrantLinks);
        });
        return "reports/value-matrix";
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
