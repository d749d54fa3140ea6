package org.idic.crm.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
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

/** The team's activity per person and period, on books whose answers are worked out by hand. */
@SpringBootTest
@WithTestDatabase
class TeamActivityTest {

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
     * Last week and this week (periods of a week, two of them). rep1: phone calls last Monday and
     * Wednesday, an e-mail this Monday; follow-ups due last Monday (done that day), Tuesday (done
     * Thursday: late) and Wednesday (not done); complaints closed last Tuesday (satisfaction 4, and one
     * unrated) and this Monday (2), one open and overdue, one open and not yet due. rep2: a visit last
     * Tuesday.
     */
    @Test
    void teamActivityPerRepAndWeek() {
        runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test");
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = thisMonday.minusWeeks(1);
        Long rep1 = userId("rep1");
        Long rep2 = userId("rep2");
        interaction(b(1), rep1, "PHONE", at(lastMonday, 10), null, null);
        interaction(b(1), rep1, "PHONE", at(lastMonday.plusDays(2), 10), null, null);
        interaction(b(1), rep1, "EMAIL", at(thisMonday, 0), null, null);
        interaction(book.prospect1(), rep2, "VISIT", at(lastMonday.plusDays(1), 9), null, null);
        Instant longAgo = at(lastMonday.minusDays(30), 9);
        interaction(b(1), rep1, "PHONE", longAgo, lastMonday, at(lastMonday, 15));
        interaction(b(1), rep1, "PHONE", longAgo, lastMonday.plusDays(1), at(lastMonday.plusDays(3), 9));
        interaction(b(1), rep1, "PHONE", longAgo, lastMonday.plusDays(2), null);
        complaint(b(1), rep1, "CLOSED", at(lastMonday.plusDays(1), 12), 4, clock.instant().plus(Duration.ofDays(3)));
        complaint(b(1), rep1, "CLOSED", at(lastMonday.plusDays(1), 13), null, clock.instant().plus(Duration.ofDays(3)));
        complaint(b(1), rep1, "CLOSED", at(thisMonday, 0), 2, clock.instant().plus(Duration.ofDays(3)));
        complaint(b(1), rep1, "VALIDATED", null, null, clock.instant().minus(Duration.ofDays(1)));
        complaint(b(1), rep1, "RECEIVED", null, null, clock.instant().plus(Duration.ofDays(5)));

        List<TeamActivity.Member> north = team.of(scenario.actor("manager1"), ReportFilter.NONE,
                TeamActivity.Period.WEEK, 2);

        assertThat(north).extracting(TeamActivity.Member::userId).contains(rep1, rep2)
                .doesNotContain(userId("rep3"));
        TeamActivity.Member r1 = member(north, rep1);
        assertThat(r1.periods()).extracting(TeamActivity.PeriodFigures::start).containsExactly(lastMonday, thisMonday);
        TeamActivity.PeriodFigures last = r1.periods().get(0);
        TeamActivity.PeriodFigures now = r1.periods().get(1);
        assertThat(last.interactionsByChannel()).isEqualTo(Map.of("PHONE", 2L));
        assertThat(now.interactionsByChannel()).isEqualTo(Map.of("EMAIL", 1L));
        assertThat(r1.interactions()).isEqualTo(3);
        assertThat(last.followUpsDue()).isEqualTo(3);
        assertThat(last.followUpsOnTime()).isEqualTo(1);
        assertThat(last.complaintsResolved()).isEqualTo(2);
        assertThat(last.satisfaction()).isEqualTo(4.0);
        assertThat(now.complaintsResolved()).isEqualTo(1);
        assertThat(r1.satisfaction()).isEqualTo(3.0);
        assertThat(r1.complaintsOpen()).isEqualTo(2);
        assertThat(r1.complaintsOverdue()).isEqualTo(1);
        // the current snapshot: rep1 holds B1..B10 and Z
        assertThat(r1.customers("MVC")).isEqualTo(3);
        assertThat(r1.customers("MAINTAIN")).isEqualTo(7);
        assertThat(r1.customers("BZ")).isEqualTo(1);
        TeamActivity.Member r2 = member(north, rep2);
        assertThat(r2.periods().get(0).interactionsByChannel()).isEqualTo(Map.of("VISIT", 1L));
        assertThat(r2.customers("PROSPECT")).isEqualTo(1);
        assertThat(r2.satisfaction()).isNull();

        // a rep sees only their own line; another team's manager sees none of North's people
        assertThat(team.of(scenario.actor("rep2"), ReportFilter.NONE, TeamActivity.Period.WEEK, 2))
                .extracting(TeamActivity.Member::userId).containsExactly(rep2);
        assertThat(team.of(scenario.actor("manager2"), ReportFilter.NONE, TeamActivity.Period.WEEK, 2))
                .extracting(TeamActivity.Member::userId).doesNotContain(rep1, rep2);
        // months: the fixture's three visits to Z (20 to 22 days ago) and the three calls that set the follow-ups
        // (30 days before last Monday) fall within the last three months
        TeamActivity.Member monthly = member(team.of(scenario.actor("rep1"), ReportFilter.NONE,
                TeamActivity.Period.MONTH, 3), rep1);
        assertThat(monthly.periods()).hasSize(3);
        assertThat(monthly.interactions("VISIT")).isEqualTo(3);
        assertThat(monthly.interactions("PHONE")).isEqualTo(5);
        // a tag nobody has: no interactions, no follow-ups, no complaints counted
        TeamActivity.Member none = member(team.of(scenario.actor("rep1"), new ReportFilter(null, null, null, "none"),
                TeamActivity.Period.WEEK, 2), rep1);
        assertThat(none.interactions()).isZero();
        assertThat(none.followUpsDue()).isZero();
        assertThat(none.complaintsOpen()).isZero();
    }

    /**
     * The team report reads per-day counts kept by triggers; they must agree with counting the interactions
     * one by one (the way of a tag filter) after interactions are logged, changed, moved, done and deleted,
     * and after the business time zone changes.
     */
    @Test
    void theDailyCountsAgreeWithTheInteractionsThemselves() {
        Long rep1 = userId("rep1");
        Long rep2 = userId("rep2");
        LocalDate today = LocalDate.now(clock);
        for (int d = 0; d < 40; d += 3) {
            interaction(b(1 + d % 10), d % 2 == 0 ? rep1 : rep2, d % 3 == 0 ? "PHONE" : "EMAIL",
                    at(today.minusDays(d), 23), today.minusDays(d / 2), d % 4 == 0 ? at(today.minusDays(d / 2), 8) : null);
        }
        jdbc.update("update interaction set channel = 'VISIT' where channel = 'EMAIL' and id % 2 = 0");
        jdbc.update("update interaction set occurred_at = occurred_at - interval '9 days' where id % 3 = 0");
        jdbc.update("update interaction set user_id = ? where id % 5 = 0", rep2);
        jdbc.update("update interaction set follow_up_done = true, follow_up_done_at = now() where id % 7 = 0"
                + " and follow_up_on is not null");
        jdbc.update("delete from interaction where id % 11 = 0");
        jdbc.update("update customer set tags = array['all']");
        assertDailyCountsAgree();

        // the same clock instant is another calendar day in Shanghai (UTC+8) for the 23:00 interactions
        jdbc.update("update business_zone set zone = 'Asia/Shanghai'");
        jdbc.queryForObject("select recount_interactions()", Object.class);
        List<Map<String, Object>> shanghai = jdbc.queryForList("select * from interaction_day order by 1, 2, 3");
        jdbc.update("update business_zone set zone = ?", clock.getZone().normalized().getId());
        jdbc.queryForObject("select recount_interactions()", Object.class);
        assertDailyCountsAgree();
        if (!clock.getZone().normalized().getId().equals("Asia/Shanghai")) {
            assertThat(jdbc.queryForList("select * from interaction_day order by 1, 2, 3")).isNotEqualTo(shanghai);
        }
    }

    private void assertDailyCountsAgree() {
        for (String user : List.of("admin", "manager1", "rep1", "rep2")) {
            for (TeamActivity.Period period : TeamActivity.Period.values()) {
                List<TeamActivity.Member> counted = team.of(scenario.actor(user), ReportFilter.NONE, period, 3);
                List<TeamActivity.Member> oneByOne = team.of(scenario.actor(user),
                        new ReportFilter(null, null, null, "all"), period, 3);
                assertThat(counted).hasSameSizeAs(oneByOne);
                for (int m = 0; m < counted.size(); m++) {
                    for (int k = 0; k < counted.get(m).periods().size(); k++) {
                        TeamActivity.PeriodFigures a = counted.get(m).periods().get(k);
                        TeamActivity.PeriodFigures b = oneByOne.get(m).periods().get(k);
                        assertThat(a.start()).isEqualTo(b.start());
                        assertThat(a.interactionsByChannel()).as(user + " " + period + " " + a.start())
                                .isEqualTo(b.interactionsByChannel());
                        assertThat(a.followUpsDue()).as(user + " " + period + " due").isEqualTo(b.followUpsDue());
                        assertThat(a.followUpsOnTime()).as(user + " on time").isEqualTo(b.followUpsOnTime());
                    }
                }
            }
        }
        assertThat(jdbc.queryForObject("select sum(interactions) from interaction_day", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from interaction", Long.class));
    }

    /**
     * The counts per customer type and tag (V25_1), which the team report reads when filtered, agree with counting
     * the interactions of the matching customers one by one, after interactions are logged, changed, moved to
     * another customer and deleted, and after customers' tags and types change and a customer is deleted.
     */
    @Test
    void theCountsPerTypeAndTagAgreeWithTheInteractionsThemselves() {
        Long rep1 = userId("rep1");
        Long rep2 = userId("rep2");
        LocalDate today = LocalDate.now(clock);
        jdbc.update("update customer set tags = array['vip', 'newsletter'] where id = ?", b(1));
        jdbc.update("update customer set tags = array['vip', 'vip'], kind = 'INDIVIDUAL' where id = ?", b(2));
        jdbc.update("update customer set tags = array['newsletter'] where id = ?", book.prospect2());
        for (int d = 0; d < 30; d++) {
            Long customer = d % 7 == 0 ? book.prospect2() : b(1 + d % 5);
            interaction(customer, d % 2 == 0 ? rep1 : rep2, d % 3 == 0 ? "PHONE" : "EMAIL", at(today.minusDays(d), 10),
                    d % 2 == 0 ? today.minusDays(d / 2) : null, d % 4 == 0 ? at(today.minusDays(d / 2), 8) : null);
        }
        assertFacetsAgree();

        jdbc.update("update interaction set channel = 'VISIT' where id % 3 = 0");
        jdbc.update("update interaction set customer_id = ? where id % 4 = 1", b(3));
        jdbc.update("update interaction set follow_up_done = true, follow_up_done_at = now() where id % 5 = 0"
                + " and follow_up_on is not null");
        jdbc.update("delete from interaction where id % 11 = 0");
        jdbc.update("update customer set tags = array['newsletter', 'gold'] where id = ?", b(1));
        jdbc.update("update customer set kind = 'ORGANISATION' where id = ?", b(2));
        jdbc.update("update customer set tags = '{}' where id = ?", b(4));
        jdbc.update("update customer set tags = array['gold'] where id = ?", b(5));
        jdbc.update("delete from customer where id = ?", book.prospect2());
        assertFacetsAgree();
        assertThat(jdbc.queryForObject("select count(*) from interaction_facet_day where tag = 'gold'"
                + " and interactions > 0", Integer.class)).isPositive();

        List<Map<String, Object>> kept = facets();
        jdbc.queryForObject("select recount_interactions()", Object.class);
        assertThat(facets()).isEqualTo(kept);
    }

    /** The business time zone, in which the counts' days are calendar days. */
    static final String ZONE = "(select zone from business_zone)";

    private void assertFacetsAgree() {
        String facet = "(select distinct unnest(array[''] || c.tags) as t) f";
        assertThat(jdbc.queryForList("select tag, user_id, day, channel, organisation, interactions"
                + " from interaction_facet_day where interactions <> 0 order by 1, 2, 3, 4, 5"))
                .isEqualTo(jdbc.queryForList("select f.t as tag, i.user_id,"
                        + " (i.occurred_at at time zone " + ZONE + ")::date as day, i.channel,"
                        + " c.kind = 'ORGANISATION' as organisation, count(*)::int as interactions"
                        + " from interaction i join customer c on c.id = i.customer_id cross join lateral " + facet
                        + " group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5"))
                .isNotEmpty();
        assertThat(jdbc.queryForList("select tag, user_id, day, organisation, due, on_time from follow_up_facet_day"
                + " where due <> 0 order by 1, 2, 3, 4"))
                .isEqualTo(jdbc.queryForList("select f.t as tag, i.user_id, i.follow_up_on as day,"
                        + " c.kind = 'ORGANISATION' as organisation, count(*)::int as due, (count(*) filter (where"
                        + " i.follow_up_done and (i.follow_up_done_at at time zone " + ZONE + ")::date"
                        + " <= i.follow_up_on))::int as on_time"
                        + " from interaction i join customer c on c.id = i.customer_id cross join lateral " + facet
                        + " where i.follow_up_on is not null group by 1, 2, 3, 4 order by 1, 2, 3, 4"))
                .isNotEmpty();
    }

    private List<Map<String, Object>> facets() {
        return jdbc.queryForList("select * from interaction_facet_day where interactions <> 0 order by 1, 2, 3, 4, 5");
    }

    private static TeamActivity.Member member(List<TeamActivity.Member> members, Long userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).findFirst().orElseThrow();
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
    }

    private void interaction(Long customer, Long user, String channel, Instant at, LocalDate followUp,
            Instant doneAt) {
        jdbc.update("""
                insert into interaction (customer_id, user_id, channel, direction, purpose, occurred_at, summary,
                    follow_up_on, follow_up_done, follow_up_done_at)
                values (?, ?, ?, 'OUTBOUND', 'CARE', ?, 'x', ?, ?, ?)""", customer, user, channel, Timestamp.from(at),
                followUp, doneAt != null, doneAt == null ? null : Timestamp.from(doneAt));
    }

    private void complaint(Long customer, Long handler, String status, Instant closedAt, Integer satisfaction,
            Instant dueAt) {
        jdbc.update("""
                insert into complaint (customer_id, channel, category, severity, description, handler_id, status,
                    due_at, received_at, received_by, closed_at, closed_by, satisfaction)
                values (?, 'PHONE', 'DELIVERY', 'HIGH', 'late', ?, ?, ?, ?, ?, ?, ?, ?)""", customer, handler, status,
                Timestamp.from(dueAt), Timestamp.from(clock.instant().minus(Duration.ofDays(40))), handler,
                closedAt == null ? null : Timestamp.from(closedAt), closedAt == null ? null : handler, satisfaction);
    }

    private void reassign(Long customer, String user) {
        jdbc.update("update customer c set owner_id = u.id, team_id = u.team_id from app_user u where u.username = ?"
                + " and c.id = ?", user, customer);
    }

    private Long b(int k) {
        return book.buyers().get(k - 1);
    }

    private Long userId(String user) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
    }
}
