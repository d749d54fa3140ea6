package org.idic.crm.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.Customers;
import org.idic.crm.domain.report.internal.Audience;
import org.idic.crm.domain.report.internal.Cell;
import org.idic.crm.domain.report.internal.Cells;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.segmentation.Snapshot;
import org.idic.crm.domain.segmentation.Snapshots;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.domain.user.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reports of a small book whose answers are worked out by hand (see {@link TierFixture}): buyers
 * B1..B10 with revenue 100·k and margin 50·k, Z below zero (revenue 100), prospects P1 (rep2) and P2
 * (rep3). Before the run B2 is given to rep2 (North) and B9 to rep3 (South), so:
 * <ul>
 * <li>MVC = B8, B9, B10 (the top ceil(0.2 · 11) = 3 by current value), Maintain = B1..B7, BZ = Z;</li>
 * <li>North (manager1: rep1, rep2): MVC B8, B10 (revenue 1,800, margin 900); Maintain B1..B7
 * (2,800, 1,400); BZ Z (100, 10); Prospect P1: 11 customers, revenue 4,700;</li>
 * <li>South (manager2: rep3): MVC B9 (900) and Prospect P2;</li>
 * <li>rep1: MVC B8, B10; Maintain B1, B3..B7 (2,600); BZ Z.</li>
 * </ul>
 */
@SpringBootTest
@WithTestDatabase
class ReportsTest {

    @Autowired
    TierFixture fixture;
    @Autowired
    Scenario scenario;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    Reports reports;
    @Autowired
    Customers customers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Snapshots snapshots;
    @Autowired
    Cells cells;
    @Autowired
    UserAccounts userAccounts;
    @Autowired
    Clock clock;

    TierFixture.Book book;

    @BeforeEach
    void book() {
        book = fixture.acrossTeamsWithSnapshot();
        // the tiers the engine gave (its own tests prove them); the reports must add these up
        assertThat(tierOf(b(8))).isEqualTo("MVC");
        assertThat(tierOf(b(9))).isEqualTo("MVC");
        assertThat(tierOf(b(10))).isEqualTo("MVC");
        assertThat(tierOf(b(7))).isEqualTo("MAINTAIN");
        assertThat(tierOf(book.belowZero())).isEqualTo("BZ");
        assertThat(tierOf(book.prospect1())).isEqualTo("PROSPECT");
    }

    @Test
    void aManagersTierReportCountsTheTeamsCustomersOnly() {
        ReportRows.Tiers north = reports.tiers(actor("manager1"), ReportFilter.NONE).orElseThrow();

        Map<String, ReportRows.Row> tiers = byValue(north.tiers());
        assertThat(tiers.get("MVC").customers()).isEqualTo(2);
        assertThat(tiers.get("MVC").revenue()).isEqualTo(1800.0);
        assertThat(tiers.get("MVC").margin()).isEqualTo(900.0);
        assertThat(tiers.get("MVC").customerShare()).isCloseTo(2 / 11.0, within(1e-12));
        assertThat(tiers.get("MVC").revenueShare()).isCloseTo(1800 / 4700.0, within(1e-12));
        assertThat(tiers.get("MAINTAIN").customers()).isEqualTo(7);
        assertThat(tiers.get("MAINTAIN").revenue()).isEqualTo(2800.0);
        assertThat(tiers.get("MAINTAIN").margin()).isEqualTo(1400.0);
        assertThat(tiers.get("BZ").customers()).isEqualTo(1);
        assertThat(tiers.get("BZ").revenue()).isEqualTo(100.0);
        assertThat(tiers.get("BZ").margin()).isEqualTo(10.0);
        assertThat(tiers.get("PROSPECT").customers()).isEqualTo(1);
        assertThat(tiers.get("MGC").customers()).isZero();
        // every tier is listed, in order, zeros included
        assertThat(north.tiers()).extracting(ReportRows.Row::value)
                .containsExactly("MVC", "MGC", "MAINTAIN", "BZ", "PROSPECT");
        // the CLV is the sum of the team's scores (computed here straight from the score table)
        assertThat(tiers.get("MVC").clv()).isCloseTo(clvOf(b(8), b(10)), within(1e-6));
        // ABC and pyramid add up to the same customers
        assertThat(north.abc().stream().mapToLong(ReportRows.Row::customers).sum()).isEqualTo(11);
        assertThat(north.pyramid().stream().mapToLong(ReportRows.Row::customers).sum()).isEqualTo(11);

        Map<String, ReportRows.Row> south = byValue(reports.tiers(actor("manager2"), ReportFilter.NONE)
                .orElseThrow().tiers());
        assertThat(south.get("MVC").customers()).isEqualTo(1);
        assertThat(south.get("MVC").revenue()).isEqualTo(900.0);
        assertThat(south.get("PROSPECT").customers()).isEqualTo(1);
        assertThat(south.values().stream().mapToLong(ReportRows.Row::customers).sum()).isEqualTo(2);
    }

    @Test
    void aRepSeesOwnFiguresAndAnAdministratorAllOrOneTeam() {
        Map<String, ReportRows.Row> rep1 = tiers("rep1", ReportFilter.NONE);
        assertThat(rep1.get("MVC").customers()).isEqualTo(2);
        assertThat(rep1.get("MAINTAIN").customers()).isEqualTo(6);
        assertThat(rep1.get("MAINTAIN").revenue()).isEqualTo(2600.0);
        assertThat(rep1.get("PROSPECT").customers()).isZero();

        Map<String, ReportRows.Row> all = tiers("admin", ReportFilter.NONE);
        assertThat(all.get("MVC").customers()).isEqualTo(3);
        assertThat(all.get("MVC").revenue()).isEqualTo(2700.0);
        assertThat(all.values().stream().mapToLong(ReportRows.Row::customers).sum()).isEqualTo(13);

        Long south = jdbc.queryForObject("select team_id from app_user where username = 'rep3'", Long.class);
        Map<String, ReportRows.Row> adminSouth = tiers("admin", new ReportFilter(south, null, null, null));
        assertThat(adminSouth.get("MVC").revenue()).isEqualTo(900.0);
        assertThat(adminSouth.values().stream().mapToLong(ReportRows.Row::customers).sum()).isEqualTo(2);
    }

    @Test
    void filtersNeverWidenWhatAViewerMaySee() {
        Long rep3 = userId("rep3");
        Long rep2 = userId("rep2");
        Long south = jdbc.queryForObject("select team_id from app_user where username = 'rep3'", Long.class);
        // a manager asking for another team's rep, or a rep for a colleague, gets nothing
        assertThat(total(tiers("manager1", new ReportFilter(null, rep3, null, null)))).isZero();
        assertThat(total(tiers("rep1", new ReportFilter(null, rep2, null, null)))).isZero();
        // the team filter is the administrator's: a manager's reports stay on their own team
        assertThat(total(tiers("manager1", new ReportFilter(south, null, null, null)))).isEqualTo(11);
        // a manager may narrow to one of the team's reps: rep2 holds B2 and P1
        Map<String, ReportRows.Row> rep2Only = tiers("manager1", new ReportFilter(null, rep2, null, null));
        assertThat(rep2Only.get("MAINTAIN").revenue()).isEqualTo(200.0);
        assertThat(total(rep2Only)).isEqualTo(2);
    }

    @Test
    void typeAndTagFiltersCountTheMatchingCustomers() {
        // every fixture customer is an organisation tagged "vip"
        assertThat(total(tiers("admin", new ReportFilter(null, null, false, null)))).isZero();
        assertThat(tiers("admin", new ReportFilter(null, null, true, "vip")))
                .isEqualTo(tiers("admin", ReportFilter.NONE));
        jdbc.update("update customer set tags = array['gold'] where id in (?, ?)", b(10), b(1));
        Map<String, ReportRows.Row> gold = tiers("admin", new ReportFilter(null, null, null, "gold"));
        assertThat(gold.get("MVC").customers()).isEqualTo(1);
        assertThat(gold.get("MVC").revenue()).isEqualTo(1000.0);
        assertThat(gold.get("MAINTAIN").revenue()).isEqualTo(100.0);
        assertThat(total(gold)).isEqualTo(2);
        // a tag and a team: manager2 has no gold customer
        assertThat(total(tiers("manager2", new ReportFilter(null, null, null, "gold")))).isZero();
    }

    @Test
    void tagSumsFromTheRunAgreeWithTheTaggedCustomersOfTodayAfterTagsAndOwnersChange() {
        jdbc.update("update customer set tags = array['gold', 'vip'] where id in (?, ?, ?)", b(1), b(8), b(9));
        jdbc.update("update customer set tags = '{}' where id = ?", b(10));
        moveTo(b(8), "rep3");
        moveTo(b(3), "rep2");
        jdbc.update("delete from customer where id = ?", book.prospect1());
        List<String> users = List.of("admin", "manager1", "manager2", "rep1", "rep2", "rep3");
        List<String> tags = List.of("vip", "gold", "none");
        // gold: B1 (Maintain, rep1), B8 (MVC, now rep3's) and B9 (MVC, rep3)
        Map<String, ReportRows.Row> gold = tiers("admin", new ReportFilter(null, null, null, "gold"));
        assertThat(gold.get("MVC").customers()).isEqualTo(2);
        assertThat(gold.get("MAINTAIN").customers()).isEqualTo(1);
        assertThat(total(tiers("manager2", new ReportFilter(null, null, null, "gold")))).isEqualTo(2);

        // every viewer's sums per tag equal the same sums counted one customer at a time over the customers
        // tagged today (the reference)
        Snapshot run = snapshots.current().orElseThrow();
        for (String user : users) {
            for (String tag : tags) {
                ReportFilter filter = new ReportFilter(null, null, null, tag);
                assertThat(sixPlaces(sorted(cells.of(run, List.of(Dimension.values()), Audience.of(actor(user),
                        filter, userAccounts), filter)))).as(user + " " + tag)
                        .isEqualTo(sixPlaces(sorted(oneByOne(run.runId(), actor(user), tag))));
            }
        }
    }

    /** The reference: the run's scores of the customers tagged today that the viewer may see, added up. */
    private List<Cell> oneByOne(Long runId, Actor actor, String tag) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("run", runId);
        p.put("tag", tag);
        p.put(org.idic.crm.domain.report.internal.ParetoBins.STEP_PARAMETER,
                org.idic.crm.domain.report.internal.ParetoBins.STEP);
        actor.scope().bind(p);
        String dimensions = java.util.Arrays.stream(Dimension.values()).map(d -> "('" + d.code() + "', " + d.sql() + ")")
                .collect(java.util.stream.Collectors.joining(", ", "(values ", ") d(dimension, value)"));
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).query("""
                select d.dimension, d.value, count(*), sum(s.revenue_window), sum(s.margin_window),
                       sum(coalesce(s.predicted_clv, 0)), sum(s.monetary)
                from customer_score s join customer c on c.id = s.customer_id cross join lateral %s
                where s.run_id = :run and d.value is not null and c.tags @> array[cast(:tag as text)] and %s
                group by 1, 2""".formatted(dimensions, actor.scope().sql("c")), p, (rs, n) -> new Cell(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
                rs.getDouble(7)));
    }

    private static List<Cell> sorted(List<Cell> cells) {
        return cells.stream().filter(c -> c.customers() != 0).sorted(java.util.Comparator.comparing(Cell::dimension)
                .thenComparing(Cell::value)).toList();
    }

    @Test
    void aCustomerGivenToAnotherTeamAfterTheRunCountsForItsNewOwnerEverywhere() {
        customers.reassign(actor("admin"), b(10), userId("rep3"));

        assertThat(tiers("manager1", ReportFilter.NONE).get("MVC").customers()).isEqualTo(1);
        assertThat(tiers("manager1", ReportFilter.NONE).get("MVC").revenue()).isEqualTo(800.0);
        assertThat(tiers("manager2", ReportFilter.NONE).get("MVC").customers()).isEqualTo(2);
        assertThat(tiers("manager2", ReportFilter.NONE).get("MVC").revenue()).isEqualTo(1900.0);
        assertThat(total(tiers("admin", ReportFilter.NONE))).isEqualTo(13);
        // the value matrix: North's sample no longer shows B10, its quadrant counts follow
        ReportRows.ValueMatrix matrix = reports.valueMatrix(actor("manager1"), ReportFilter.NONE).orElseThrow();
        assertThat(matrix.points()).extracting(ReportRows.Point::customerId).doesNotContain(b(10)).contains(b(8));
        // a deleted customer counts nowhere any more (only customers without orders can be deleted)
        customers.delete(actor("admin"), book.prospect1());
        assertThat(tiers("manager1", ReportFilter.NONE).get("PROSPECT").customers()).isZero();
        assertThat(total(tiers("admin", ReportFilter.NONE))).isEqualTo(12);
    }

    @Test
    void theParetoCurveFindsWhereEightyPercentOfRevenueIsReached() {
        // revenue 1000, 900, ..., 100 and Z's 100: 5,600 in all; 80% is 4,480, reached by the sixth customer
        // (1000 + 900 + 800 + 700 + 600 = 4,000, then B5's 500): 6 of the 11 buyers; prospects are left out
        ReportRows.Pareto pareto = reports.pareto(actor("admin"), ReportFilter.NONE).orElseThrow();
        assertThat(pareto.customers()).isEqualTo(11);
        assertThat(pareto.revenue()).isEqualTo(5600.0);
        assertThat(pareto.customersFor80()).isEqualTo(6);
        assertThat(pareto.customerShareFor80()).isCloseTo(6 / 11.0, within(1e-12));
        // the curve: the richest customer alone brings 1000 / 5600; all of them bring everything
        assertThat(pareto.points().get(1)).containsExactly(1 / 11.0, 1000 / 5600.0);
        assertThat(pareto.points().get(pareto.points().size() - 1)).containsExactly(1.0, 1.0);
        assertThat(pareto.revenueShareAt(1 / 11.0)).isCloseTo(1000 / 5600.0, within(1e-12));
        assertThat(pareto.revenueShareAt(1.0)).isEqualTo(1.0);

        // South: B9 (900) alone; the one customer brings it all
        ReportRows.Pareto south = reports.pareto(actor("manager2"), ReportFilter.NONE).orElseThrow();
        assertThat(south.customers()).isEqualTo(1);
        assertThat(south.customersFor80()).isEqualTo(1);
    }

    @Test
    void theRfmGridValueMatrixAndLifecycleAddUpTheScores() {
        Actor admin = actor("admin");
        ReportRows.Rfm rfm = reports.rfm(admin, ReportFilter.NONE).orElseThrow();
        assertThat(rfm.k()).isEqualTo(5);
        // every cell against the score table, grouped here independently
        Map<String, Long> expected = jdbc.query("select r_score || ':' || f_score, count(*) from customer_score"
                + " where r_score is not null group by 1", rs -> {
                    Map<String, Long> m = new java.util.HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getLong(2));
                    }
                    return m;
                });
        assertThat(rfm.cells().stream().collect(Collectors.toMap(c -> c.r() + ":" + c.f(),
                ReportRows.RfmCell::customers))).isEqualTo(expected);
        // the 11 buyers are in the grid, the prospects are not; the average spend is that of the cell
        assertThat(rfm.cells().stream().mapToLong(ReportRows.RfmCell::customers).sum()).isEqualTo(11);
        assertThat(rfm.cells().stream().mapToDouble(c -> c.averageSpend() * c.customers()).sum())
                .isCloseTo(5600.0, within(1e-6));

        ReportRows.ValueMatrix matrix = reports.valueMatrix(admin, ReportFilter.NONE).orElseThrow();
        // MGC is switched off: the MVCs have high current value and low potential (II)
        assertThat(matrix.quadrants().get("II")).isEqualTo(3);
        assertThat(matrix.quadrants().get("I")).isZero();
        assertThat(matrix.mvcThreshold()).isEqualTo(jdbc.queryForObject(
                "select current_value from customer_score where customer_id = ?", Double.class, b(8)));
        assertThat(matrix.placed()).isEqualTo(matrix.quadrants().values().stream().mapToLong(Long::longValue).sum());
        assertThat(matrix.points()).hasSize((int) matrix.placed());

        ReportRows.Lifecycle lifecycle = reports.lifecycle(admin, ReportFilter.NONE).orElseThrow();
        assertThat(byValue(lifecycle.stages()).get("PROSPECT").customers()).isEqualTo(2);
        assertThat(lifecycle.stages().stream().mapToLong(ReportRows.Row::customers).sum()).isEqualTo(13);
        assertThat(byValue(lifecycle.relationships()).get("PROSPECT").customers()).isEqualTo(2);
        for (ReportRows.Row row : lifecycle.stages()) {
            assertThat(row.customers()).as(row.value()).isEqualTo(jdbc.queryForObject(
                    "select count(*) from customer_score where lifecycle = ?", Long.class, row.value()));
        }
    }

    @Test
    void noSnapshotNoReport() {
        fixture.clearSegmentation();
        assertThat(reports.tiers(actor("admin"), ReportFilter.NONE)).isEmpty();
        assertThat(reports.pareto(actor("admin"), ReportFilter.NONE)).isEmpty();
    }

    /** The figures as text with six decimals: sums of CLVs added in another order differ in the last digit. */
    private static String sixPlaces(Object figures) {
        return figures.toString().replaceAll("(\\d+\\.\\d{6})\\d+", "$1");
    }

    private Map<String, ReportRows.Row> tiers(String user, ReportFilter filter) {
        return byValue(reports.tiers(actor(user), filter).orElseThrow().tiers());
    }

    private static long total(Map<String, ReportRows.Row> rows) {
        return rows.values().stream().mapToLong(ReportRows.Row::customers).sum();
    }

    private static Map<String, ReportRows.Row> byValue(List<ReportRows.Row> rows) {
        return rows.stream().collect(Collectors.toMap(ReportRows.Row::value, Function.identity()));
    }

    private Long b(int k) {
        return book.buyers().get(k - 1);
    }

    private Actor actor(String user) {
        return scenario.actor(user);
    }

    private Long userId(String user) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
    }

    private void moveTo(Long customer, String user) {
        fixture.giveTo(customer, user);
    }

    private String tierOf(Long customer) {
        return jdbc.queryForObject("select tier from customer_score where customer_id = ?", String.class, customer);
    }

    private double clvOf(Long... ids) {
        double sum = 0;
        for (Long id : ids) {
            sum += jdbc.queryForObject("select coalesce(predicted_clv, 0) from customer_score where customer_id = ?",
                    Double.class, id);
        }
        return sum;
    }
}
