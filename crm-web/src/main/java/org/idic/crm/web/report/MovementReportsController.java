package org.idic.crm.web.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.report.TeamActivity;
import org.idic.crm.domain.report.TierMigration;
import org.idic.crm.web.support.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** How things change: tier migration between two runs, and how the team works its customers over time. */
@Controller
class MovementReportsController {

    private final TierMigration migration;
    private final TeamActivity team;
    private final ReportPage page;

    MovementReportsController(TierMigration migration, TeamActivity team, ReportPage page) {
        this.migration = migration;
        this.team = team;
        this.page = page;
    }

    @GetMapping("/reports/migration")
    String migration(@ModelAttribute("params") ReportParams params, @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to, Actor actor, Model model) {
        page.prepare(model, actor, params, "migration");
        List<TierMigration.RunOption> runs = migration.runs();
        model.addAttribute("runs", runs);
        if (runs.isEmpty()) {
            return "reports/migration";
        }
        TierMigration.RunOption[] pair = pair(runs, from, to);
        TierMigration.RunOption earlier = pair[0];
        TierMigration.RunOption later = pair[1];
        TierMigration.Result result = migration.between(actor, params.filter(), earlier, later);
        model.addAttribute("exportQuery", page.exportQuery(params, "from=" + earlier.id() + "&to=" + later.id()));
        model.addAttribute("data", result);
        model.addAttribute("fromTiers", TierMigration.FROM);
        model.addAttribute("toTiers", TierMigration.TIERS);
        Map<String, String> links = new LinkedHashMap<>();
        for (String f : TierMigration.FROM) {
            for (String t : TierMigration.TIERS) {
                links.put(f + ">" + t, params.drill("moveFrom", earlier.id(), "moveFromTier", f, "moveTo",
                        later.id(), "moveToTier", t));
            }
        }
        model.addAttribute("links", links);
        ChartSpec chart = ChartSpec.of("bar").labels(page.labels("Tier", TierMigration.TIERS)).option("stacked", true);
        for (String f : TierMigration.FROM) {
            List<Long> counts = new ArrayList<>();
            List<String> drill = new ArrayList<>();
            for (String t : TierMigration.TIERS) {
                counts.add(result.flow(f, t).customers());
                drill.add(links.get(f + ">" + t));
            }
            String label = f.equals("NEW") ? page.text("report.migration.new") : page.label("Tier", f);
            chart.dataset(page.text("report.migration.from", label), counts,
                    f.equals("NEW") ? "#adb5bd" : Colors.tier(f), drill);
        }
        model.addAttribute("migrationChart", chart.json());
        return "reports/migration";
    }

    @GetMapping("/reports/team")
    String team(@ModelAttribute("params") ReportParams params,
            @RequestParam(defaultValue = "WEEK") TeamActivity.Period period,
            @RequestParam(defaultValue = "8") int periods, Actor actor, Model model) {
        checkPeriods(periods);
        page.prepare(model, actor, params, "team");
        model.addAttribute("exportQuery", page.exportQuery(params, "period=" + period + "&periods=" + periods));
        List<TeamActivity.Member> members = team.of(actor, params.filter(), period, periods);
        model.addAttribute("members", members);
        model.addAttribute("period", period);
        model.addAttribute("periods", periods);
        List<String> names = members.stream().map(TeamActivity.Member::name).toList();
        List<String> drill = members.stream().map(m -> params.drill("owner", m.userId())).toList();
        ChartSpec interactions = ChartSpec.of("bar").labels(names).option("stacked", true);
        List<String> channels = members.stream().flatMap(m -> m.periods().stream())
                .flatMap(p -> p.interactionsByChannel().keySet().stream()).distinct().sorted().toList();
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            interactions.dataset(page.label("InteractionChannel", channel), members.stream().map(m -> m.periods()
                    .stream().mapToLong(p -> p.interactionsByChannel().getOrDefault(channel, 0L)).sum()).toList(),
                    Colors.SERIES.get(i % Colors.SERIES.size()), drill);
        }
        model.addAttribute("interactionsChart", interactions.json());
        model.addAttribute("channels", channels);
        model.addAttribute("tiers", TierMigration.TIERS);
        List<java.time.LocalDate> starts = members.isEmpty() ? List.of()
                : members.get(0).periods().stream().map(TeamActivity.PeriodFigures::start).toList();
        model.addAttribute("starts", starts);
        ChartSpec overTime = ChartSpec.of("line").labels(starts.stream().map(Object::toString).toList());
        for (int i = 0; i < members.size(); i++) {
            TeamActivity.Member m = members.get(i);
            overTime.dataset(m.name(), m.periods().stream().map(TeamActivity.PeriodFigures::interactions).toList(),
                    Colors.SERIES.get(i % Colors.SERIES.size()), List.of(drill.get(i)));
        }
        model.addAttribute("overTimeChart", overTime.json());
        model.addAttribute("followUpChart", ChartSpec.of("bar").labels(names)
                .dataset(page.text("report.team.due"), members.stream().map(m -> m.periods().stream()
                        .mapToLong(TeamActivity.PeriodFigures::followUpsDue).sum()).toList(), "#adb5bd", drill)
                .dataset(page.text("report.team.onTime"), members.stream().map(m -> m.periods().stream()
                        .mapToLong(TeamActivity.PeriodFigures::followUpsOnTime).sum()).toList(), "#198754", drill).json());
        return "reports/team";
    }

    static void checkPeriods(int periods) {
        if (periods < 1 || periods > 52) {
            throw new BadRequestException("periods must be 1..52");
        }
    }

    /**
     * The earlier and later run of a migration report: those asked for, else the two newest (the newest
     * twice when there is only one). An id that is no successful run is a bad request.
     */
    static TierMigration.RunOption[] pair(List<TierMigration.RunOption> runs, Long from, Long to) {
        return new TierMigration.RunOption[] {pick(runs, from, runs.size() > 1 ? runs.get(1) : runs.get(0)),
            pick(runs, to, runs.get(0))};
    }

    private static TierMigration.RunOption pick(List<TierMigration.RunOption> runs, Long id,
            TierMigration.RunOption fallback) {
        if (id == null) {
            return fallback;
        }
        return runs.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new BadRequestException("no such run"));
    }
}
