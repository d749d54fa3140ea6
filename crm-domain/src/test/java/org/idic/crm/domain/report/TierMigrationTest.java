package org.idic.crm.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tier migration between two runs, on books whose answers are worked out by hand. */
@SpringBootTest
@WithTestDatabase
class TierMigrationTest {

    @Autowired
    TierFixture fixture;
    @Autowired
    Scenario scenario;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    TierMigration migration;
    @Autowired
    TeamActivity team;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TierFixture.Book book;

    @BeforeEach
    void book() {
        book = fixture.customers();
    }

    /**
     * Run 1: MVC B8, B9, B10; Maintain B1..B7; BZ Z; prospects P1, P2. Then B1 buys 5,000 (margin 2,500),
     * B3 needs ten visits (service cost far above its margin of 150), and a new buyer N arrives. Run 2: MVC
     * = the top ceil(0.2 · 12) = 3 by current value: B1, B10, B9, so B8 drops to Maintain; B3 is BZ; N is
     * Maintain.
     */
    @Test
    void migrationBetweenTwoRunsCountsEveryMoveByHand() {
        Long run1 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        order(b(1), 5000, 2500);
        visits(b(3), 10);
        Long n = fixture.buyer("N new", 1);
        Long run2 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        assertThat(tierOf(run2, b(3))).as("precondition: the engine made B3 BZ").isEqualTo("BZ");
        assertThat(tierOf(run2, b(1))).isEqualTo("MVC");
        assertThat(tierOf(run2, b(8))).isEqualTo("MAINTAIN");

        TierMigration.Result all = migration.between(scenario.actor("admin"), ReportFilter.NONE, option(run1),
                option(run2));

        assertThat(all.flow("MVC", "MVC").customers()).isEqualTo(2);
        assertThat(all.flow("MVC", "MAINTAIN").customers()).isEqualTo(1);
        assertThat(all.flow("MAINTAIN", "MVC").customers()).isEqualTo(1);
        assertThat(all.flow("MAINTAIN", "MVC").revenue()).isEqualTo(5100.0);
        assertThat(all.flow("MAINTAIN", "MAINTAIN").customers()).isEqualTo(5);
        assertThat(all.flow("MAINTAIN", "BZ").customers()).isEqualTo(1);
        assertThat(all.flow("BZ", "BZ").customers()).isEqualTo(1);
        assertThat(all.flow("PROSPECT", "PROSPECT").customers()).isEqualTo(2);
        assertThat(all.flow("NEW", "MAINTAIN").customers()).isEqualTo(1);
        assertThat(all.flow("MGC", "MVC").customers()).isZero();
        assertThat(all.customers()).isEqualTo(14);
        assertThat(all.fromTotal("MAINTAIN")).isEqualTo(7);
        assertThat(all.upgraded()).isEqualTo(1);
        assertThat(all.downgraded()).isEqualTo(2);
        assertThat(all.becameBz()).isEqualTo(1);

        // manager2's team (rep3) holds only P2: nothing else shows, not even in the totals
        TierMigration.Result south = migration.between(scenario.actor("manager2"), ReportFilter.NONE, option(run1),
                option(run2));
        assertThat(south.customers()).isEqualTo(1);
        assertThat(south.flow("PROSPECT", "PROSPECT").customers()).isEqualTo(1);
        assertThat(south.upgraded() + south.downgraded() + south.becameBz()).isZero();
        // rep2 holds P1 only
        assertThat(migration.between(scenario.actor("rep2"), ReportFilter.NONE, option(run1), option(run2))
                .customers()).isEqualTo(1);
        assertThat(n).isNotNull();
    }

    @Test
    void theMigrationFromThePreviousRunIsPrecomputedWithTheRun() {
        Long run1 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        assertThat(jdbc.queryForObject("select count(*) from migration_pair", Long.class)).isZero();
        Long run2 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();

        assertThat(jdbc.queryForList("select from_run_id || '>' || run_id from migration_pair", String.class))
                .containsExactly(run1 + ">" + run2);
        // 13 customers, all in run 1 too: MVC 3, Maintain 7, BZ 1, prospects 2 on both sides
        assertThat(jdbc.queryForObject("select sum(customers) from migration_cell", Long.class)).isEqualTo(13);

        // the sums made from the run's scores in memory equal those SQL makes when a report asks for a pair
        order(b(1), 5000, 2500);
        Long n = fixture.buyer("N new", 1);
        Long run3 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        assertThat(n).isNotNull();
        List<Map<String, Object>> fromTheRun = cells(run2, run3);
        assertThat(fromTheRun).isNotEmpty();
        jdbc.update("delete from migration_pair where run_id = ?", run3);
        migration.between(scenario.actor("admin"), ReportFilter.NONE, option(run2), option(run3));
        assertThat(cells(run2, run3)).isEqualTo(fromTheRun);
    }

    private List<Map<String, Object>> cells(Long from, Long to) {
        return jdbc.queryForList("select owner_id, organisation, from_tier, to_tier, customers, revenue from"
                + " migration_cell where from_run_id = ? and run_id = ? order by 1, 2, 3, 4", from, to);
    }

    @Test
    void customersGivenToSomeoneElseAfterTheRunCountForTheirNewOwnerAndDeletedOnesNotAtAll() {
        Long run1 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        Long run2 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        // B10 (MVC in both runs) goes to rep3 of the South, then back and forth; P1 (rep2's prospect) is deleted
        reassign(b(10), "rep3");
        reassign(b(10), "rep1");
        reassign(b(10), "rep3");
        jdbc.update("delete from customer where id = ?", book.prospect1());

        TierMigration.Result north = between("manager1", ReportFilter.NONE, run1, run2);
        TierMigration.Result south = between("manager2", ReportFilter.NONE, run1, run2);
        assertThat(north.flow("MVC", "MVC").customers()).isEqualTo(2);
        assertThat(south.flow("MVC", "MVC").customers()).isEqualTo(1);
        assertThat(south.flow("MVC", "MVC").revenue()).isEqualTo(1000.0);
        assertThat(north.flow("PROSPECT", "PROSPECT").customers()).isZero();
        assertThat(north.customers() + south.customers()).isEqualTo(12);
        assertThat(between("admin", ReportFilter.NONE, run1, run2).customers()).isEqualTo(12);

        // the sums agree with comparing the customers one by one (the tag filter's way), for every viewer
        jdbc.update("update customer set tags = array['all']");
        for (String user : List.of("admin", "manager1", "manager2", "rep1", "rep2", "rep3")) {
            TierMigration.Result summed = between(user, ReportFilter.NONE, run1, run2);
            TierMigration.Result oneByOne = between(user, new ReportFilter(null, null, null, "all"), run1, run2);
            assertThat(summed.matrix()).as(user).isEqualTo(oneByOne.matrix());
        }
    }

    @Test
    void migrationSumsPerTagAgreeWithComparingTheTaggedCustomersOfToday() {
        jdbc.update("update customer set tags = array['vip', 'gold'] where id in (?, ?)", b(1), b(8));
        Long run1 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        order(b(1), 5000, 2500);
        Long run2 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        // the sums from the run in memory equal those SQL makes for the same pair
        List<Map<String, Object>> fromTheRun = jdbc.queryForList("select owner_id, organisation, tag, from_tier,"
                + " to_tier, customers, revenue from migration_tag_cell order by 1, 2, 3, 4, 5");
        assertThat(fromTheRun).extracting(r -> r.get("tag")).contains("vip", "gold");
        jdbc.update("delete from migration_pair");
        migration.between(scenario.actor("admin"), ReportFilter.NONE, option(run1), option(run2));
        assertThat(jdbc.queryForList("select owner_id, organisation, tag, from_tier, to_tier, customers, revenue"
                + " from migration_tag_cell order by 1, 2, 3, 4, 5")).isEqualTo(fromTheRun);

        // then tags and owners change, and a customer goes
        jdbc.update("update customer set tags = '{}' where id = ?", b(8));
        jdbc.update("update customer set tags = array['gold'] where id = ?", b(9));
        reassign(b(1), "rep3");
        reassign(b(9), "rep3");
        jdbc.update("delete from customer where id = ?", book.prospect1());
        List<String> users = List.of("admin", "manager1", "manager2", "rep1", "rep2", "rep3");
        Map<String, Object> summed = new java.util.LinkedHashMap<>();
        for (String user : users) {
            for (String tag : List.of("vip", "gold", "none")) {
                summed.put(user + " " + tag, between(user, new ReportFilter(null, null, null, tag), run1, run2).matrix());
            }
        }
        // gold today: B1 (Maintain → MVC, now rep3's) and B9 (MVC → MVC, rep3's)
        TierMigration.Result gold = between("manager2", new ReportFilter(null, null, null, "gold"), run1, run2);
        assertThat(gold.flow("MAINTAIN", "MVC").customers()).isEqualTo(1);
        assertThat(gold.flow("MVC", "MVC").customers()).isEqualTo(1);
        assertThat(gold.customers()).isEqualTo(2);
        // and every viewer's sums per tag equal comparing the customers tagged today one by one
        for (String user : users) {
            for (String tag : List.of("vip", "gold", "none")) {
                assertThat(summed.get(user + " " + tag)).as(user + " " + tag).isEqualTo(oneByOne(user, tag, run1, run2));
            }
        }
    }

    /** The reference: the tagged customers of today that the viewer may see, compared run to run one by one. */
    private Map<String, Map<String, TierMigration.Flow>> oneByOne(String user, String tag, Long from, Long to) {
        org.idic.crm.domain.access.AccessScope scope = scenario.actor(user).scope();
        Map<String, Object> p = new java.util.HashMap<>(Map.of("from", from, "to", to, "tag", tag));
        scope.bind(p);
        Map<String, Map<String, TierMigration.Flow>> matrix = new java.util.LinkedHashMap<>();
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).query("""
                select coalesce(a.tier, 'NEW'), b.tier, count(*), sum(b.revenue_window)
                from run_scores b join customer c on c.id = b.customer_id
                left join run_scores a on a.customer_id = b.customer_id and a.run_id = :from
                where b.run_id = :to and c.tags @> array[cast(:tag as text)] and %s
                group by 1, 2""".formatted(scope.sql("c")), p, (org.springframework.jdbc.core.RowCallbackHandler) rs ->
                matrix.computeIfAbsent(rs.getString(1), k -> new java.util.LinkedHashMap<>()).put(rs.getString(2),
                        new TierMigration.Flow(rs.getLong(3), rs.getDouble(4))));
        return matrix;
    }

    @Test
    void migrationStillWorksWhenTheEarlierRunsFullScoresAreGone() {
        Long run1 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        order(b(1), 5000, 2500);
        Long run2 = runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test").runId();
        runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test");
        runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test");
        // three runs keep their full scores: run 1 lives on in the history only
        assertThat(jdbc.queryForObject("select count(*) from customer_score where run_id = ?", Integer.class, run1))
                .isZero();

        TierMigration.Result result = migration.between(scenario.actor("admin"), ReportFilter.NONE, option(run1),
                option(run2));
        assertThat(result.flow("MAINTAIN", "MVC").customers()).isEqualTo(1);
        assertThat(result.flow("MVC", "MAINTAIN").customers()).isEqualTo(1);
        assertThat(result.customers()).isEqualTo(13);
        assertThat(migration.runs()).extracting(TierMigration.RunOption::id).contains(run1, run2);
    }

    private TierMigration.Result between(String user, ReportFilter filter, Long from, Long to) {
        return migration.between(scenario.actor(user), filter, option(from), option(to));
    }

    private void reassign(Long customer, String user) {
        jdbc.update("update customer c set owner_id = u.id, team_id = u.team_id from app_user u where u.username = ?"
                + " and c.id = ?", user, customer);
    }

    private void order(Long customer, long amount, long cost) {
        jdbc.update("insert into customer_order (customer_id, order_number, order_date, status, channel, amount, cost)"
                + " values (?, 'T-' || nextval('order_number_seq'), ?, 'COMPLETED', 'ONLINE', ?, ?)",
                customer, LocalDate.now(clock).minusDays(1), amount, cost);
    }

    private void visits(Long customer, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into interaction (customer_id, user_id, channel, direction, purpose, occurred_at,"
                    + " summary) select id, owner_id, 'VISIT', 'OUTBOUND', 'CARE', ?, 'x' from customer where id = ?",
                    Timestamp.from(clock.instant().minus(Duration.ofDays(10 + i))), customer);
        }
    }

    private TierMigration.RunOption option(Long runId) {
        return migration.runs().stream().filter(r -> r.id().equals(runId)).findFirst().orElseThrow();
    }

    private String tierOf(Long run, Long customer) {
        return jdbc.queryForObject("select tier from customer_score where run_id = ? and customer_id = ?",
                String.class, run, customer);
    }

    private Long b(int k) {
        return book.buyers().get(k - 1);
    }

    private Long userId(String user) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
    }
}
