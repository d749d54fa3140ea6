package org.idic.crm.domain.customerlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.tier.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A list filtered by one score counts its customers from the run's report sums; the count must be the
 * number of rows the list holds, for every viewer, also after customers changed owner, tags or were
 * deleted since the run.
 */
@SpringBootTest
@WithTestDatabase
class ScoreFilteredCountTest {

    @Autowired
    TierFixture fixture;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    CustomerSearch search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    org.idic.crm.domain.testsupport.Scenario scenario;

    TierFixture.Book book;

    @BeforeEach
    void scoredBook() {
        book = fixture.customers();
        runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test");
    }

    @Test
    void theCountIsTheNumberOfRowsTheListHoldsForEveryViewer() {
        assertCountsAreRowCounts();
        // B10 and B8 (MVC) go to the South, B3 to rep2; P1 is deleted; B1 loses its tag, B9 gets "gold"
        move(book.buyers().get(9), "rep3");
        move(book.buyers().get(7), "rep3");
        move(book.buyers().get(2), "rep2");
        jdbc.update("delete from customer where id = ?", book.prospect1());
        jdbc.update("update customer set tags = '{}' where id = ?", book.buyers().get(0));
        jdbc.update("update customer set tags = array['gold'] where id = ?", book.buyers().get(8));
        assertCountsAreRowCounts();
        // by hand: the MVCs are B8, B9, B10, all rep1's at the run; manager2 now sees B8 and B10, manager1 B9
        ScoreFilter mvc = new ScoreFilter(Tier.MVC, null, null, null, null, null);
        assertThat(search.search(actor("manager2"), query(mvc, null, null)).total()).isEqualTo(2);
        assertThat(search.search(actor("manager1"), query(mvc, null, null)).total()).isEqualTo(1);
        assertThat(search.search(actor("manager2"), query(mvc, "gold", null)).total()).isZero();
        assertThat(search.search(actor("rep1"), query(mvc, "gold", null)).total()).isEqualTo(1);
    }

    private void assertCountsAreRowCounts() {
        List<ScoreFilter> filters = List.of(new ScoreFilter(Tier.MVC, null, null, null, null, null),
                new ScoreFilter(Tier.MAINTAIN, null, null, null, null, null),
                new ScoreFilter(Tier.PROSPECT, null, null, null, null, null),
                new ScoreFilter(null, AbcClass.A, null, null, null, null),
                new ScoreFilter(null, null, null, null, null, Relationship.FIRST_TIME));
        for (String user : List.of("admin", "manager1", "manager2", "rep1", "rep2", "rep3")) {
            for (ScoreFilter filter : filters) {
                for (String tag : new String[] {null, "vip", "gold"}) {
                    for (CustomerKind kind : new CustomerKind[] {null, CustomerKind.ORGANISATION}) {
                        CustomerQuery q = query(filter, tag, kind);
                        CustomerPage page = search.search(actor(user), q);
                        // the export walks the same rows one by one
                        long rows = search.export(actor(user), q, row -> { });
                        assertThat(page.total()).as(user + " " + filter + " " + tag + " " + kind).isEqualTo(rows);
                    }
                }
            }
        }
    }

    private static CustomerQuery query(ScoreFilter filter, String tag, CustomerKind kind) {
        return new CustomerQuery(null, kind, null, null, tag, filter, CustomerSort.NAME, false, 0, 25);
    }

    private Actor actor(String user) {
        return scenario.actor(user);
    }

    private void move(Long customer, String user) {
        jdbc.update("update customer c set owner_id = u.id, team_id = u.team_id from app_user u where u.username = ?"
                + " and c.id = ?", user, customer);
    }
}
