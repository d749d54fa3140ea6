package org.idic.crm.domain.customerlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.segmentation.tier.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A searched list finds its matches first and sorts them afterwards. Paged through at every page size,
 * it must give exactly the rows, in exactly the order, of the single query the export runs over the same
 * search: every sort that is not a score, both directions, ties (two customers of one name) broken by id,
 * with and without a score filter, for each role.
 */
@SpringBootTest
@WithTestDatabase
class SearchPagingTest {

    @Autowired
    TierFixture fixture;
    @Autowired
    CustomerSearch search;
    @Autowired
    Scenario scenario;

    @BeforeEach
    void scoredBookWithTwins() {
        fixture.withSnapshot();
        scenario.customerOf("rep1", "Bay twins");
        scenario.customerOf("rep1", "Bay twins");
        scenario.customerOf("rep2", "Bay twins");
        scenario.customerOf("rep3", "王 Trading");
    }

    @Test
    void everyPageSizeGivesTheRowsAndOrderOfTheSingleQuery() {
        int compared = 0;
        for (String user : List.of("admin", "manager1", "rep1")) {
            for (String text : List.of("b", "bay", "王", "nobody-by-this-name")) {
                for (CustomerSort sort : List.of(CustomerSort.NAME, CustomerSort.NUMBER, CustomerSort.CREATED,
                        CustomerSort.LAST_ACTIVITY)) {
                    for (boolean descending : new boolean[] {false, true}) {
                        for (ScoreFilter filter : List.of(ScoreFilter.NONE,
                                new ScoreFilter(Tier.MVC, null, null, null, null, null))) {
                            for (int size : new int[] {1, 3}) {
                                compared += assertPagesAreTheExport(scenario.actor(user), text, sort, descending,
                                        filter, size);
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).as("rows compared").isGreaterThan(300);
    }

    @Test
    void theTwinsComeInTheOrderTheyWereMade() {
        CustomerQuery q = new CustomerQuery("bay", null, null, null, null, ScoreFilter.NONE, CustomerSort.NAME, false,
                0, 25);
        List<CustomerRow> rows = search.search(scenario.actor("rep1"), q).rows();
        assertThat(rows).extracting(CustomerRow::name).containsExactly("Bay twins", "Bay twins");
        assertThat(rows.get(0).id()).isLessThan(rows.get(1).id());
        assertThat(search.search(scenario.actor("rep1"), q).total()).isEqualTo(2);
    }

    private int assertPagesAreTheExport(Actor actor, String text, CustomerSort sort, boolean descending,
            ScoreFilter filter, int size) {
        CustomerQuery first = new CustomerQuery(text, null, null, null, null, filter, sort, descending, 0, size);
        List<Long> expected = new ArrayList<>();
        search.export(actor, first, row -> expected.add(row.id()));
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < expected.size() / size + 2; page++) {
            search.search(actor, first.withPage(page)).rows().forEach(row -> paged.add(row.id()));
        }
        assertThat(paged).as("%s searching %s by %s %s, %s, pages of %d", actor.username(), text, sort,
                descending ? "desc" : "asc", filter, size).isEqualTo(expected);
        // the total, counted with the page's own rows, and on a page past the last match by a query of its own
        assertThat(search.search(actor, first).total()).as("total, first page").isEqualTo(expected.size());
        assertThat(search.search(actor, first.withPage(expected.size() / size + 1)).total()).as("total, past the end")
                .isEqualTo(expected.size());
        return expected.size();
    }
}
