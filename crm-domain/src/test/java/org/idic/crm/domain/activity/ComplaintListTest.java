package org.idic.crm.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The complaints list: each role sees its own, the team's or all; filters narrow, never widen. */
@SpringBootTest
@WithTestDatabase
class ComplaintListTest {

    @Autowired
    Scenario scenario;
    @Autowired
    ComplaintList list;
    @Autowired
    Complaints complaints;
    @Autowired
    JdbcTemplate jdbc;

    Scenario.Book rep1;
    Scenario.Book rep2;
    Scenario.Book rep3;

    @BeforeEach
    void aBookForThreeRepsOfTwoTeams() {
        scenario.reset();
        rep1 = scenario.bookOf("rep1");
        rep2 = scenario.bookOf("rep2");
        rep3 = scenario.bookOf("rep3");
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({"rep1, rep1", "rep2, rep2", "rep3, rep3", "manager1, rep1 rep2", "manager2, rep3",
        "admin, rep1 rep2 rep3"})
    void eachRoleSeesTheComplaintsOfTheCustomersItMaySee(String user, String owners) {
        List<Long> expected = new ArrayList<>();
        for (String owner : owners.split(" ")) {
            expected.add(switch (owner) {
                case "rep1" -> rep1.complaint();
                case "rep2" -> rep2.complaint();
                default -> rep3.complaint();
            });
        }
        Actor actor = scenario.actor(user);
        ComplaintPage page = list.search(actor, ComplaintQuery.open());
        assertThat(page.rows()).extracting(ComplaintRow::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page.total()).isEqualTo(expected.size());
        List<Long> exported = new ArrayList<>();
        list.export(actor, ComplaintQuery.open(), row -> exported.add(row.id()));
        assertThat(exported).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aHandlerFilterCannotWidenTheScope() {
        Long rep3Id = jdbc.queryForObject("select id from app_user where username = 'rep3'", Long.class);
        ComplaintQuery otherTeam = new ComplaintQuery(null, null, true, null, rep3Id, false, false, 0, 25);
        assertThat(list.search(scenario.actor("manager1"), otherTeam).rows()).isEmpty();
        assertThat(list.search(scenario.actor("admin"), otherTeam).rows()).extracting(ComplaintRow::id)
                .containsExactly(rep3.complaint());
    }

    @Test
    void statusSeverityOverdueAndCustomerNarrowTheList() {
        Actor admin = scenario.actor("admin");
        jdbc.update("update complaint set due_at = now() - interval '1 day' where id = ?", rep2.complaint());
        jdbc.update("update complaint set severity = 'CRITICAL' where id = ?", rep3.complaint());
        jdbc.update("update complaint set status = 'CLOSED' where id = ?", rep1.complaint());
        jdbc.update("update customer set name = 'Zhang Bakery' where id = ?", rep3.customer());

        assertThat(ids(admin, new ComplaintQuery(null, null, true, null, null, false, false, 0, 25)))
                .containsExactlyInAnyOrder(rep2.complaint(), rep3.complaint());
        assertThat(ids(admin, new ComplaintQuery(null, null, false, null, null, false, false, 0, 25)))
                .containsExactlyInAnyOrder(rep1.complaint(), rep2.complaint(), rep3.complaint());
        assertThat(ids(admin, new ComplaintQuery(null, ComplaintStatus.CLOSED, false, null, null, false, false, 0,
                25))).containsExactly(rep1.complaint());
        assertThat(ids(admin, new ComplaintQuery(null, null, true, Severity.CRITICAL, null, false, false, 0, 25)))
                .containsExactly(rep3.complaint());
        ComplaintPage overdue = list.search(admin, new ComplaintQuery(null, null, true, null, null, true, false, 0,
                25));
        assertThat(overdue.rows()).extracting(ComplaintRow::id).containsExactly(rep2.complaint());
        assertThat(overdue.rows().get(0).overdue()).isTrue();
        assertThat(ids(admin, new ComplaintQuery("ba", null, true, null, null, false, false, 0, 25))).isEmpty();
        assertThat(ids(admin, new ComplaintQuery("zhang", null, true, null, null, false, false, 0, 25)))
                .containsExactly(rep3.complaint());
        assertThat(ids(admin, new ComplaintQuery("akery", null, true, null, null, false, false, 0, 25)))
                .containsExactly(rep3.complaint());
    }

    @Test
    void theListIsByDueDateEitherWayAndPaged() {
        Actor admin = scenario.actor("admin");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("update complaint set due_at = ? where id = ?", java.sql.Timestamp.from(now.plusSeconds(300)),
                rep1.complaint());
        jdbc.update("update complaint set due_at = ? where id = ?", java.sql.Timestamp.from(now.plusSeconds(100)),
                rep2.complaint());
        jdbc.update("update complaint set due_at = ? where id = ?", java.sql.Timestamp.from(now.plusSeconds(200)),
                rep3.complaint());

        assertThat(ids(admin, ComplaintQuery.open())).containsExactly(rep2.complaint(), rep3.complaint(),
                rep1.complaint());
        assertThat(ids(admin, new ComplaintQuery(null, null, true, null, null, false, true, 0, 25)))
                .containsExactly(rep1.complaint(), rep3.complaint(), rep2.complaint());
        ComplaintPage second = list.search(admin, new ComplaintQuery(null, null, true, null, null, false, false, 1,
                2));
        assertThat(second.rows()).extracting(ComplaintRow::id).containsExactly(rep1.complaint());
        assertThat(second.total()).isEqualTo(3);
        ComplaintPage pastTheEnd = list.search(admin, new ComplaintQuery(null, null, true, null, null, false, false,
                9, 2));
        assertThat(pastTheEnd.query().page()).isEqualTo(1);
    }

    private List<Long> ids(Actor actor, ComplaintQuery query) {
        return list.search(actor, query).rows().stream().map(ComplaintRow::id).toList();
    }
}
