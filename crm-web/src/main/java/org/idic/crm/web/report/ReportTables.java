package org.idic.crm.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.report.ReportRows;
import org.idic.crm.domain.report.TeamActivity;
import org.idic.crm.domain.report.TierMigration;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.springframework.context.MessageSource;

/**
 * Each report as one table for an export: the figures of the page, headers and coded values in the
 * reader's language, money to the cent and shares in percent to two places. A report with several
 * breakdowns (tiers, ABC classes, pyramid levels) puts them under one another with a first column
 * that names the breakdown, so that the file stays one table a spreadsheet can filter.
 */
final class ReportTables {

    /** A header and its rows. */
    record Table(List<String> header, List<List<Object>> rows) {
    }

    private final MessageSource messages;
    private final Locale locale;

    ReportTables(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Table tiers(ReportRows.Tiers r) {
        List<List<Object>> rows = new ArrayList<>();
        breakdown(rows, "export.report.tier", "Tier", r.tiers());
        breakdown(rows, "export.report.abc", "AbcClass", r.abc());
        breakdown(rows, "export.report.pyramid", "PyramidLevel", r.pyramid());
        return new Table(rowHeader(), rows);
    }

    Table lifecycle(ReportRows.Lifecycle r) {
        List<List<Object>> rows = new ArrayList<>();
        breakdown(rows, "export.report.lifecycle", "LifecycleStage", r.stages());
        breakdown(rows, "export.report.relationship", "Relationship", r.relationships());
        return new Table(rowHeader(), rows);
    }

    /** The curve's points, richest customers first: how many customers, their share, their revenue, its share. */
    Table pareto(ReportRows.Pareto r) {
        List<List<Object>> rows = new ArrayList<>();
        for (double[] p : r.points()) {
            rows.add(List.of(Math.round(p[0] * r.customers()), percent(p[0]), money(p[1] * r.revenue()), percent(p[1])));
        }
        return new Table(List.of(text("export.report.richest"), text("report.customerShare"), text("report.revenue"),
                text("report.revenueShare")), rows);
    }

    /**
     * Every cell of the k × k R × F grid, best first (empty cells too, so that the file is the whole
     * grid), with its segment, customers and average spend.
     */
    Table rfm(ReportRows.Rfm r) {
        Map<String, ReportRows.RfmCell> byCell = new HashMap<>();
        r.cells().forEach(c -> byCell.put(c.r() + ":" + c.f(), c));
        List<List<Object>> rows = new ArrayList<>();
        for (int rs = r.k(); rs >= 1; rs--) {
            for (int fs = r.k(); fs >= 1; fs--) {
                ReportRows.RfmCell c = byCell.get(rs + ":" + fs);
                rows.add(List.of(rs, fs, label("RfmSegment", RfmSegment.of(rs, fs, r.k()).name()),
                        c == null ? 0L : c.customers(), money(c == null ? 0 : c.averageSpend())));
            }
        }
        return new Table(List.of(text("export.report.r"), text("export.report.f"), text("report.rfm.segment"),
                text("report.customers"), text("export.report.averageSpend")), rows);
    }

    /** The exact count of every quadrant (the page's scatter is a sample, so it is not exported). */
    Table valueMatrix(ReportRows.ValueMatrix r) {
        long all = r.quadrants().values().stream().mapToLong(Long::longValue).sum();
        List<List<Object>> rows = new ArrayList<>();
        r.quadrants().forEach((q, n) -> rows.add(List.of(label("ValueQuadrant", q), n,
                percent(all == 0 ? 0 : (double) n / all))));
        return new Table(List.of(text("report.matrix.quadrant"), text("report.customers"),
                text("report.customerShare")), rows);
    }

    /** Every from → to pair of the matrix, with its customers and their revenue in the later window. */
    Table migration(TierMigration.Result r) {
        List<List<Object>> rows = new ArrayList<>();
        for (String f : TierMigration.FROM) {
            for (String t : TierMigration.TIERS) {
                TierMigration.Flow flow = r.flow(f, t);
                rows.add(List.of(f.equals("NEW") ? text("report.migration.new") : label("Tier", f), label("Tier", t),
                        flow.customers(), money(flow.revenue())));
            }
        }
        return new Table(List.of(text("export.report.fromTier", r.from().id().toString(), r.from().asOf()),
                text("export.report.toTier", r.to().id().toString(), r.to().asOf()), text("report.customers"),
                text("report.revenue")), rows);
    }

    /**
     * One row per person: interactions per period and per channel, follow-ups, complaints, and the
     * customers and predicted CLV per tier as they stand now.
     */
    Table team(List<TeamActivity.Member> members) {
        List<String> header = new ArrayList<>(List.of(text("report.rep")));
        List<LocalDate> starts = members.isEmpty() ? List.of()
                : members.get(0).periods().stream().map(TeamActivity.PeriodFigures::start).toList();
        starts.forEach(s -> header.add(text("export.report.interactionsFrom", s)));
        List<String> channels = Arrays.stream(InteractionChannel.values()).map(Enum::name).toList();
        channels.forEach(c -> header.add(label("InteractionChannel", c)));
        header.addAll(List.of(text("export.report.interactions"), text("export.report.followUpsDue"),
                text("export.report.followUpsOnTime"), text("export.report.complaintsOpen"),
                text("export.report.complaintsOverdue"), text("report.team.resolved"), text("report.team.satisfaction")));
        TierMigration.TIERS.forEach(t -> header.add(text("export.report.customersIn", label("Tier", t))));
        TierMigration.TIERS.forEach(t -> header.add(text("export.report.clvIn", label("Tier", t))));
        List<List<Object>> rows = new ArrayList<>();
        for (TeamActivity.Member m : members) {
            List<Object> row = new ArrayList<>();
            row.add(m.name());
            m.periods().forEach(p -> row.add(p.interactions()));
            channels.forEach(c -> row.add(m.interactions(c)));
            row.addAll(Arrays.asList(m.interactions(), m.followUpsDue(), m.followUpsOnTime(), m.complaintsOpen(),
                    m.complaintsOverdue(), m.complaintsResolved(), m.satisfaction() == null ? null
                            : BigDecimal.valueOf(m.satisfaction()).setScale(2, RoundingMode.HALF_EVEN)));
            TierMigration.TIERS.forEach(t -> row.add(m.customers(t)));
            TierMigration.TIERS.forEach(t -> row.add(money(m.clv(t))));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private List<String> rowHeader() {
        return List.of(text("export.report.breakdown"), text("report.value"), text("report.customers"),
                text("report.customerShare"), text("report.revenue"), text("report.revenueShare"), text("report.margin"),
                text("report.clv"));
    }

    private void breakdown(List<List<Object>> rows, String nameKey, String enumName, List<ReportRows.Row> values) {
        String name = text(nameKey);
        values.forEach(v -> rows.add(List.of(name, label(enumName, v.value()), v.customers(), percent(v.customerShare()),
                money(v.revenue()), percent(v.revenueShare()), money(v.margin()), money(v.clv()))));
    }

    /** A share 0..1 as a percentage to two places (0.12345 → 12.35). */
    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Money to the cent: sums of doubles carry noise in their last digits. */
    static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    private String label(String enumName, String value) {
        return messages.getMessage("enum." + enumName + "." + value, null, value, locale);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
