package org.idic.crm.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.testsupport.ComplaintFacets;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The team report filtered by a tag or a customer type reads its complaint figures from counts kept by triggers
 * (V29_1). They must agree with the complaints themselves after complaints are logged, closed, rated, reassigned,
 * moved and deleted and customers' tags and types change, and the report must give what counting the rows gives.
 */
@SpringBootTest
@WithTestDatabase
class TeamComplaintCountsTest {

    private static final List<ReportFilter> FILTERS = List.of(new ReportFilter(null, null, null, "vip"),
            new ReportFilter(null, null, null, "newsletter"), new ReportFilter(null, null, true, null),
            new ReportFilter(null, null, false, "vip"), new ReportFilter(null, null, null, "nobody"));

    @Autowired
    TierFixture fixture;
    @Autowired
    Scenario scenario;
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

    @Test
    void theComplaintCountsAndTheTaggedReportAgreeWithTheComplaintsThemselves() {
        Long rep1 = userId("rep1");
        Long rep2 = userId("rep2");
        Instant now = clock.instant();
        Instant utcDayStart = now.truncatedTo(ChronoUnit.DAYS);
        jdbc.update("update customer set tags = array['vip', 'newsletter'] where id = ?", b(1));
        jdbc.update("update customer set tags = array['vip', 'vip'], kind = 'INDIVIDUAL' where id = ?", b(2));
        jdbc.update("update customer set tags = array['newsletter'] where id = ?", book.prospect2());
        // due long ago, earlier today (UTC) before now, later (an hour on), in days; closed over the last 10 weeks
        List<Instant> dues = List.of(now.minus(Duration.ofDays(9)), utcDayStart.plus(Duration.between(utcDayStart,
                now).dividedBy(2)), now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(4)));
        for (int d = 0; d < 40; d++) {
            Long customer = d % 7 == 0 ? book.prospect2() : b(1 + d % 5);
            boolean closed = d % 3 == 0;
            complaint(customer, d % 2 == 0 ? rep1 : rep2, closed ? "CLOSED" : d % 3 == 1 ? "VALIDATED" : "RECEIVED",
                    closed ? now.minus(Duration.ofHours(41L * d)) : null, closed && d % 4 != 0 ? 1 + d % 5 : null,
                    dues.get(d % dues.size()));
        }
        assertTheReportAgrees();

        jdbc.update("update complaint set status = 'CLOSED', closed_at = now() - interval '2 days', satisfaction = 5"
                + " where id % 5 = 0 and status <> 'CLOSED'");
        jdbc.update("update complaint set satisfaction = null where id % 4 = 1 and status = 'CLOSED'");
        jdbc.update("update complaint set status = 'RESOLUTION_PROPOSED', closed_at = null where id % 6 = 3");
        jdbc.update("update complaint set handler_id = ? where id % 7 = 2", rep1);
        jdbc.update("update complaint set customer_id = ? where id % 8 = 5", b(3));
        jdbc.update("update complaint set due_at = due_at - interval '3 days' where id % 3 = 1");
        jdbc.update("delete from complaint where id % 11 = 0");
        jdbc.update("update customer set tags = array['newsletter', 'gold'] where id = ?", b(1));
        jdbc.update("update customer set kind = 'ORGANISATION', tags = array['vip'] where id = ?", b(2));
        jdbc.update("update customer set tags = '{}' where id = ?", b(4));
        jdbc.update("update customer set tags = array['vip'] where id = ?", b(5));
        jdbc.update("delete from customer where id = ?", book.prospect2());
        assertTheReportAgrees();

        // counted again in one go (the bulk load's and the change of zone's way): the same counts
        List<Map<String, Object>> kept = jdbc.queryForList("select * from complaint_closed_facet_day where closed <> 0"
                + " order by 1, 2, 3, 4");
        jdbc.queryForObject("select recount_interactions()", Object.class);
        assertThat(jdbc.queryForList("select * from complaint_closed_facet_day order by 1, 2, 3, 4")).isEqualTo(kept);
        assertTheReportAgrees();
    }

    private void assertTheReportAgrees() {
        ComplaintFacets.assertAgreeWithTheRows(jdbc);
        for (String user : List.of("admin", "manager1", "rep1", "rep2")) {
            for (TeamActivity.Period period : TeamActivity.Period.values()) {
                for (ReportFilter filter : FILTERS) {
                    List<TeamActivity.Member> members = team.of(scenario.actor(user), filter, period, 3);
                    assertThat(members).as(user).isNotEmpty();
                    for (TeamActivity.Member m : members) {
                        assertThat(figures(m)).as(user + " " + period + " " + filter + " " + m.name())
                                .isEqualTo(fromTheRows(m, filter, period));
                    }
                }
            }
        }
    }

    private static List<Object> figures(TeamActivity.Member m) {
        List<Object> figures = new ArrayList<>(List.of(m.complaintsOpen(), m.complaintsOverdue()));
        m.periods().forEach(p -> figures.addAll(java.util.Arrays.asList(p.start(), p.complaintsResolved(),
                p.rated(), p.satisfaction())));
        return figures;
    }

    /** The figures as the report's row queries count them, with the report's now (no complaint is due near it). */
    private List<Object> fromTheRows(TeamActivity.Member m, ReportFilter filter, TeamActivity.Period period) {
        String customers = " join customer c on c.id = k.customer_id where k.handler_id = ?"
                + (filter.tag() == null ? "" : " and c.tags @> array['" + filter.tag() + "']")
                + (filter.organisation() == null ? "" : " and (c.kind = 'ORGANISATION') = " + filter.organisation());
        Map<String, Object> open = jdbc.queryForMap("select count(*) as open, count(*) filter (where k.due_at < ?)"
                + " as overdue from complaint k" + customers + " and k.status <> 'CLOSED'",
                Timestamp.from(clock.instant()), m.userId());
        List<Object> figures = new ArrayList<>(List.of(open.get("open"), open.get("overdue")));
        String unit = period == TeamActivity.Period.WEEK ? "week" : "month";
        for (TeamActivity.PeriodFigures p : m.periods()) {
            Map<String, Object> closed = jdbc.queryForMap("select count(*) as n, count(k.satisfaction) as rated,"
                    + " avg(k.satisfaction)::float8 as avg from complaint k" + customers
                    + " and date_trunc('" + unit + "', k.closed_at at time zone (select zone from business_zone))::date"
                    + " = ?", m.userId(), p.start());
            figures.addAll(java.util.Arrays.asList(p.start(), closed.get("n"), closed.get("rated"),
                    closed.get("avg")));
        }
        return figures;
    }

    private void complaint(Long customer, Long handler, String status, Instant closedAt, Integer satisfaction,
            Instant dueAt) {
        jdbc.update("""
                insert into complaint (customer_id, channel, category, severity, description, handler_id, status,
                    due_at, received_at, received_by, closed_at, closed_by, satisfaction)
                values (?, 'PHONE', 'DELIVERY', 'HIGH', 'late', ?, ?, ?, ?, ?, ?, ?, ?)""", customer, handler, status,
                Timestamp.from(dueAt), Timestamp.from(clock.instant().minus(Duration.ofDays(80))), handler,
                closedAt == null ? null : Timestamp.from(closedAt), closedAt == null ? null : handler, satisfaction);
    }

    private Long b(int k) {
        return book.buyers().get(k - 1);
    }

    private Long userId(String user) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
    }
}
