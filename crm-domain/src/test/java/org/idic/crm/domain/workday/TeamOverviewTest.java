package org.idic.crm.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The team overview's customers and overdue follow-ups per person come from counts kept by triggers
 * (V30_1). After every kind of change, one row or many at a time (customers added, deleted, given to
 * someone else; follow-ups scheduled, done, moved, deleted, moved to another customer), they must equal
 * a count of the rows, and the overview must show exactly those figures.
 */
@SpringBootTest
@WithTestDatabase
class TeamOverviewTest {

    private static final List<String> OWNERS = List.of("manager1", "rep1", "rep2", "manager2", "rep3");

    @Autowired
    Scenario scenario;
    @Autowired
    TeamOverview overview;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void demoUsers() {
        scenario.reset();
        today = LocalDate.now(clock);
    }

    @Test
    void byHandAFewCustomersAndTheirFollowUps() {
        Long a = scenario.customerOf("rep1", "A");
        Long b = scenario.customerOf("rep1", "B");
        scenario.customerOf("rep2", "C");
        followUp(a, today.minusDays(3), false);
        followUp(a, today.minusDays(1), false);
        followUp(a, today.minusDays(2), true);
        followUp(b, today, false);
        followUp(b, today.plusDays(4), false);
        // rep1: 2 customers, 2 overdue (A's open ones before today; today's is not overdue yet); rep2: 1, 0
        assertThat(figures("manager1")).containsEntry("rep1", List.of(2L, 2L)).containsEntry("rep2", List.of(1L, 0L))
                .containsEntry("manager1", List.of(0L, 0L)).doesNotContainKey("rep3");
        // A goes to rep3 (team South) with its follow-ups
        jdbc.update("update customer c set owner_id = u.id, team_id = u.team_id from app_user u"
                + " where u.username = 'rep3' and c.id = ?", a);
        assertThat(figures("admin")).containsEntry("rep1", List.of(1L, 0L)).containsEntry("rep3", List.of(1L, 2L));
        jdbc.update("delete from customer where id = ?", a);
        assertThat(figures("admin")).containsEntry("rep3", List.of(0L, 0L));
        assertTheCountsAreTheRows();
    }

    @Test
    void randomChangesLeaveTheCountsOfTheRows() {
        Random random = new Random(20261206);
        for (int i = 0; i < OWNERS.size(); i++) {
            scenario.bulkCustomersOf(OWNERS.get(i), 30, "O" + i);
        }
        for (int round = 0; round < 12; round++) {
            for (int step = 0; step < 25; step++) {
                change(random);
            }
            assertTheCountsAreTheRows();
        }
        assertThat(jdbc.queryForObject("select count(*) from interaction where follow_up_on < ? and not follow_up_done",
                Long.class, Date.valueOf(today))).as("overdue follow-ups in the book").isPositive();
    }

    private void change(Random random) {
        Long customer = any(random, "select id from customer");
        Long interaction = any(random, "select id from interaction");
        String owner = OWNERS.get(random.nextInt(OWNERS.size()));
        switch (random.nextInt(10)) {
            case 0 -> scenario.bulkCustomersOf(owner, 1 + random.nextInt(5), "M" + random.nextInt(1_000_000));
            case 1 -> {
                if (customer != null) {
                    jdbc.update("delete from customer where id = ?", customer);
                }
            }
            case 2 -> {
                if (customer != null) {
                    giveTo(customer, owner);
                }
            }
            case 3 -> // many customers to one person in one statement
                jdbc.update("update customer c set owner_id = u.id, team_id = u.team_id from app_user u"
                        + " where u.username = ? and c.id % 7 = ?", owner, random.nextInt(7));
            case 4, 5 -> {
                if (customer != null) {
                    followUp(customer, today.plusDays(random.nextInt(11) - 6), random.nextInt(4) == 0);
                }
            }
            case 6 -> {
                if (interaction != null) {
                    jdbc.update("update interaction set follow_up_done = not follow_up_done where id = ?", interaction);
                }
            }
            case 7 -> {
                if (interaction != null) {
                    jdbc.update("update interaction set follow_up_on = ? where id = ?",
                            random.nextInt(5) == 0 ? null : Date.valueOf(today.plusDays(random.nextInt(11) - 6)),
                            interaction);
                }
            }
            case 8 -> {
                if (interaction != null && customer != null) {
                    jdbc.update("update interaction set customer_id = ? where id = ?", customer, interaction);
                }
            }
            default -> {
                if (interaction != null) {
                    jdbc.update("delete from interaction where id = ?", interaction);
                }
            }
        }
    }

    /** The kept counts equal the rows', and the overview shows them, for every person. */
    private void assertTheCountsAreTheRows() {
        assertThat(jdbc.queryForList("select owner_id, customers from owner_customers where customers <> 0"
                + " order by 1"))
                .isEqualTo(jdbc.queryForList("select owner_id, count(*) as customers from customer group by 1"
                        + " order by 1"));
        assertThat(jdbc.queryForList("select owner_id, due_on, open from owner_follow_up_due where open <> 0"
                + " order by 1, 2"))
                .isEqualTo(jdbc.queryForList("select c.owner_id, i.follow_up_on as due_on, count(*)::int as open"
                        + " from interaction i join customer c on c.id = i.customer_id"
                        + " where i.follow_up_on is not null and not i.follow_up_done group by 1, 2 order by 1, 2"));
        Map<String, List<Long>> expected = jdbc.query("""
                select u.username,
                  (select count(*) from customer c where c.owner_id = u.id),
                  (select count(*) from interaction i join customer c on c.id = i.customer_id
                     where c.owner_id = u.id and i.follow_up_on < ? and not i.follow_up_done)
                from app_user u join team t on t.id = u.team_id where u.enabled""",
                (rs, n) -> Map.entry(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3))), Date.valueOf(today))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(figures("admin")).isEqualTo(expected);
    }

    /** username → [customers, overdue follow-ups], as the overview shows them to {@code viewer}. */
    private Map<String, List<Long>> figures(String viewer) {
        Map<Long, String> names = jdbc.query("select id, username from app_user",
                (rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return overview.members(scenario.actor(viewer)).stream().collect(Collectors.toMap(
                m -> names.get(m.userId()), m -> List.of(m.customers(), m.overdueFollowUps())));
    }

    private void followUp(Long customer, LocalDate due, boolean done) {
        jdbc.update("insert into interaction (customer_id, user_id, channel, direction, purpose, occurred_at, summary,"
                + " follow_up_on, follow_up_done) select id, owner_id, 'PHONE', 'OUTBOUND', 'CARE', now(), 'x', ?, ?"
                + " from customer where id = ?", Date.valueOf(due), done, customer);
    }

    private void giveTo(Long customer, String username) {
        jdbc.update("update customer c set owner_id = u.id, team_id = u.team_id from app_user u"
                + " where u.username = ? and c.id = ?", username, customer);
    }

    private Long any(Random random, String ids) {
        List<Long> all = jdbc.queryForList(ids + " order by id", Long.class);
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }
}
