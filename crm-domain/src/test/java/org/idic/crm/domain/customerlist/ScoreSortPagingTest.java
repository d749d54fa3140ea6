package org.idic.crm.domain.customerlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.segmentation.tier.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A list sorted by a score is paged in two parts (the customers with a value, read in the scores'
 * order; then those without one). Paged through at every page size, it must give exactly the rows, in
 * exactly the order, of the single query the export runs over the same list: ties broken by id, the
 * customers with no value last, the customers created since the run last of all.
 */
@SpringBootTest
@WithTestDatabase
class ScoreSortPagingTest {

    @Autowired
    TierFixture fixture;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    CustomerSearch search;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @BeforeEach
    void scoredBookWithTiesAndNewcomers() {
        TierFixture.Book book = fixture.customers();
        // three more buyers worth exactly what B5 is: ties in every score, broken by id
        for (int i = 1; i <= 3; i++) {
            fixture.buyer("T" + i, 5);
        }
        fixture.giveTo(book.buyers().get(3), "rep2");
        runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test");
        // customers the run did not score, one of them rep1's
        scenario.customerOf("rep1", "N1 new since the run");
        scenario.customerOf("rep2", "N2 new since the run");
        scenario.customerOf("rep3", "N3 new since the run");
    }

    @Test
    void everyPageSizeGivesTheRowsAndOrderOfTheSingleQuery() {
        assertThat(jdbc.queryForObject("select count(*) from customer_score s join segmentation_current cur"
                + " on cur.run_id = s.run_id where s.predicted_clv is null", Long.class))
                .as("scored customers without a predicted CLV (the prospects)").isPositive();
        int compared = 0;
        for (String user : List.of("admin", "manager1", "rep1", "rep2")) {
            for (CustomerSort sort : List.of(CustomerSort.CLV, CustomerSort.CURRENT_VALUE, CustomerSort.REVENUE)) {
                for (boolean descending : new boolean[] {true, false}) {
                    for (ScoreFilter filter : List.of(ScoreFilter.NONE,
                            new ScoreFilter(Tier.MVC, null, null, null, null, null),
                            new ScoreFilter(Tier.PROSPECT, null, null, null, null, null))) {
                        for (int size : new int[] {1, 2, 3, 5, 25}) {
                            compared += assertPagesAreTheExport(scenario.actor(user), sort, descending, filter, size);
                        }
                    }
                }
            }
        }
        assertThat(compared).as("rows compared").isGreaterThan(1000);
    }

    @Test
    void byCurrentValueTheMostValuableComeFirstAndTheNewcomersLast() {
        // by hand: the current value of Bk is its margin 50·k; T1..T3 equal B5 (250); B4 is rep2's
        List<String> names = new ArrayList<>();
        CustomerQuery q = new CustomerQuery(null, null, null, null, null, ScoreFilter.NONE, CustomerSort.CURRENT_VALUE,
                true, 0, 100);
        for (CustomerRow row : search.search(scenario.actor("rep1"), q).rows()) {
            names.add(row.name());
        }
        assertThat(names.subList(0, 5)).containsExactly("B10", "B9", "B8", "B7", "B6");
        assertThat(names.subList(5, 9)).containsExactlyInAnyOrder("B5", "T1", "T2", "T3");
        assertThat(names).doesNotContain("B4", "N2 new since the run").endsWith("N1 new since the run");
    }

    private int assertPagesAreTheExport(Actor actor, CustomerSort sort, boolean descending, ScoreFilter filter,
            int size) {
        CustomerQuery first = new CustomerQuery(null, null, null, null, null, filter, sort, descending, 0, size);
        List<Long> expected = new ArrayList<>();
        search.export(actor, first, row -> expected.add(row.id()));
        List<Long> paged = new ArrayList<>();
        int pages = expected.size() / size + 2;
        for (int page = 0; page < pages; page++) {
            List<CustomerRow> rows = search.search(actor, first.withPage(page)).rows();
            assertThat(rows.size()).as("page %d of %d", page, size).isLessThanOrEqualTo(size);
            rows.forEach(row -> paged.add(row.id()));
        }
        assertThat(paged).as("%s by %s %s, %s, pages of %d", actor.username(), sort, descending ? "desc" : "asc",
                filter, size).isEqualTo(expected);
        return expected.size();
    }
}
