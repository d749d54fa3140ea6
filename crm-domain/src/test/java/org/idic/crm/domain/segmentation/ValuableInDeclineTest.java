package org.idic.crm.domain.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "My day"'s valuable customers in decline: my own active MVC and MGC customers whose lifecycle in the
 * current snapshot is DECLINE, most valuable first. (The lifecycle rule itself is the engine's, tested
 * there; here the current scores are set by hand so that the query's conditions are each tested.)
 */
@SpringBootTest
@WithTestDatabase
class ValuableInDeclineTest {

    @Autowired
    TierFixture fixture;
    @Autowired
    CurrentScores scores;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void myActiveValuableCustomersInDeclineMostValuableFirst() {
        TierFixture.Book book = fixture.withSnapshot();
        // the MVCs are B8, B9, B10 (current value 50·k); B5 and B6 are MAINTAIN
        for (int k : new int[] {5, 6, 8, 9, 10}) {
            decline(book.buyers().get(k - 1));
        }
        jdbc.update("update customer set status = 'CLOSED' where id = ?", book.buyers().get(9));
        assertThat(names("rep1")).containsExactly("B9", "B8");
        // a customer counts for the rep who owns it now
        fixture.giveTo(book.buyers().get(8), "rep2");
        assertThat(names("rep1")).containsExactly("B8");
        assertThat(names("rep2")).containsExactly("B9");
        assertThat(names("admin")).isEmpty();
        // without a snapshot there is nothing to show
        fixture.clearSegmentation();
        assertThat(names("rep1")).isEmpty();
    }

    private void decline(Long customer) {
        jdbc.update("update customer_score set lifecycle = 'DECLINE' where customer_id = ?"
                + " and run_id = (select run_id from segmentation_current)", customer);
    }

    private List<String> names(String user) {
        return scores.valuableInDecline(scenario.actor(user)).stream()
                .map(CurrentScores.DecliningCustomer::name).toList();
    }
}
