package org.idic.crm.domain.customerlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link CustomerSearch#export}: the list's rows without paging, one by one from a server-side cursor. */
@SpringBootTest
@WithTestDatabase
class CustomerExportQueryTest {

    @Autowired
    Scenario scenario;
    @Autowired
    CustomerSearch search;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void thousandsOfCustomers() {
        scenario.reset();
        scenario.bulkCustomersOf("rep1", 3000, "North");
        scenario.bulkCustomersOf("rep2", 40, "Colleague");
        scenario.bulkCustomersOf("rep3", 50, "South");
    }

    @Test
    void rowsComeOneByOneFromAServerSideCursorWhileTheQueryIsStillOpen() {
        List<Long> openCursors = new ArrayList<>();
        long[] calls = {0};
        String[] previous = {""};

        long count = search.export(scenario.actor("rep1"), query(null, CustomerSort.NAME, false), row -> {
            if (calls[0]++ == 0 || calls[0] == 1500) {
                // asked on the export's own connection, within the first fetch of 2,000 rows: the portal
                // the rows come from is still open (with the whole result read at once it would be gone)
                openCursors.add(jdbc.queryForObject("select count(*) from pg_cursors where statement like"
                        + " '%from customer c join app_user u%' and statement not like '%pg_cursors%'", Long.class));
            }
            assertThat(row.name().toLowerCase()).isGreaterThanOrEqualTo(previous[0]);
            previous[0] = row.name().toLowerCase();
        });

        assertThat(count).isEqualTo(3000);
        assertThat(calls[0]).isEqualTo(3000);
        assertThat(openCursors).hasSize(2).allSatisfy(open -> assertThat(open).isPositive());
    }

    @Test
    void everyRoleGetsWhatItsListWouldShowWithoutPaging() {
        assertThat(exported(scenario.actor("rep1"), query(null, CustomerSort.NAME, false))).hasSize(3000);
        assertThat(exported(scenario.actor("rep3"), query(null, CustomerSort.NAME, false))).hasSize(50)
                .allMatch(row -> row.ownerName().equals("Zhang Min"));
        assertThat(exported(scenario.actor("manager1"), query(null, CustomerSort.NAME, false))).hasSize(3040)
                .noneMatch(row -> row.name().startsWith("South"));
        assertThat(exported(scenario.actor("admin"), query(null, CustomerSort.NAME, false))).hasSize(3090);
    }

    @Test
    void theSameQueryGivesTheRowsOfTheListInTheSameOrder() {
        for (CustomerQuery query : List.of(query("North 000", CustomerSort.NUMBER, true),
                query("colleague", CustomerSort.NAME, false), query("1380000", CustomerSort.CREATED, true))) {
            for (String user : List.of("rep1", "manager1", "admin")) {
                Actor actor = scenario.actor(user);
                List<Long> listed = new ArrayList<>();
                CustomerPage page;
                int p = 0;
                do {
                    page = search.search(actor, query.withPage(p++));
                    page.rows().forEach(row -> listed.add(row.id()));
                } while (page.hasNext());
                assertThat(exported(actor, query)).extracting(CustomerRow::id).as(user + " " + query)
                        .containsExactlyElementsOf(listed);
            }
        }
    }

    @Test
    void aFailingConsumerEndsTheExportWithItsOwnException() {
        IllegalStateException stop = new IllegalStateException("the download was cancelled");
        long[] seen = {0};

        assertThatThrownBy(() -> search.export(scenario.actor("admin"), query(null, CustomerSort.NAME, false), row -> {
            if (++seen[0] == 10) {
                throw stop;
            }
        })).isSameAs(stop);
        assertThat(seen[0]).isEqualTo(10);
    }

    private List<CustomerRow> exported(Actor actor, CustomerQuery query) {
        List<CustomerRow> rows = new ArrayList<>();
        search.export(actor, query, rows::add);
        return rows;
    }

    private static CustomerQuery query(String text, CustomerSort sort, boolean descending) {
        return new CustomerQuery(text, null, null, null, null, ScoreFilter.NONE, sort, descending, 0,
                CustomerQuery.MAX_SIZE);
    }
}
