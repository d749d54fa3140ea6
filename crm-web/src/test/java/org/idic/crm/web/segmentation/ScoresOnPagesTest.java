package org.idic.crm.web.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A small book scored by a real run: a below-zero customer (sold at a loss, expensive to serve), a
 * valuable one in decline, a prospect. The pages show each tier with its reason in both languages.
 */
@WebIntegrationTest
class ScoresOnPagesTest {

    static final LocalDate AS_OF = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    long loss;
    long star;
    long prospect;

    @BeforeEach
    void scoredBook() {
        scenario.reset();
        loss = scenario.customerOf("rep1", "Loss Maker Ltd");
        star = scenario.customerOf("rep1", "Star Buyer Co");
        prospect = scenario.customerOf("rep1", "Just Looking Inc");
        for (int i = 0; i < 10; i++) {
            scenario.customerOf("rep3", "Filler " + i);
        }
        // the star bought a lot a year ago and little lately: most valuable, in decline
        for (int k = 0; k < 12; k++) {
            order(star, AS_OF.minusDays(200 + 10L * k), 5000, 3000);
        }
        order(star, AS_OF.minusDays(20), 100, 60);
        // the loss maker buys below cost and takes many visits
        order(loss, AS_OF.minusDays(30), 100, 130);
        for (int k = 0; k < 10; k++) {
            jdbc.update("insert into interaction (customer_id, user_id, channel, direction, purpose, occurred_at,"
                    + " summary) select id, owner_id, 'VISIT', 'OUTBOUND', 'CARE', now() - interval '10 days',"
                    + " 'visit' from customer where id = ?", loss);
        }
        jdbc.update("update customer_order set order_date = order_date where true");
        for (long filler : jdbc.queryForList("select id from customer where name like 'Filler%'", Long.class)) {
            order(filler, AS_OF.minusDays(40 + filler), 300 + filler, 200);
        }
        runs.runNow(RunTrigger.COMMAND, AS_OF, "test");
    }

    @Test
    void theCustomerPageShowsTheTierWithItsReasonAndThePlaybook() throws Exception {
        assertThat(tier(loss)).isEqualTo("BZ");
        mvc.perform(get("/customers/{id}", loss).with(as(accounts, "rep1")))
                .andExpect(content().string(containsString("BZ · below zero")))
                .andExpect(content().string(containsString("Below zero: margin -30 against a cost to serve of 1,200")))
                .andExpect(content().string(containsString("Cut the cost to serve")))
                .andExpect(content().string(containsString("RFM ")));
    }

    @Test
    void explanationsAndPlaybooksSpeakChinese() throws Exception {
        mvc.perform(get("/customers/{id}", loss).with(as(accounts, "rep1")).locale(Locale.SIMPLIFIED_CHINESE)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("负值客户（放弃型）")))
                .andExpect(content().string(containsString("负值：分析期内毛利 -30，服务成本 1,200")))
                .andExpect(content().string(containsString("降低服务成本")));
    }

    @Test
    void aProspectHasNoTierYetButSaysSo() throws Exception {
        assertThat(tier(prospect)).isEqualTo("PROSPECT");
        mvc.perform(get("/customers/{id}", prospect).with(as(accounts, "rep1")))
                .andExpect(content().string(containsString("Has not bought yet.")));
    }

    @Test
    void myDayListsValuableCustomersInDecline() throws Exception {
        assertThat(jdbc.queryForObject("select tier || ' ' || lifecycle from customer_score where customer_id = ?",
                String.class, star)).isEqualTo("MVC DECLINE");
        mvc.perform(get("/").with(as(accounts, "rep1")))
                .andExpect(content().string(containsString("Valuable customers in decline")))
                .andExpect(content().string(containsString("Star Buyer Co")));
        mvc.perform(get("/").with(as(accounts, "rep3")))
                .andExpect(content().string(not(containsString("Star Buyer Co"))));
    }

    @Test
    void theListFiltersAndSortsByScores() throws Exception {
        mvc.perform(get("/customers").param("tier", "BZ").with(as(accounts, "admin")))
                .andExpect(content().string(containsString("Loss Maker Ltd")))
                .andExpect(content().string(not(containsString("Star Buyer Co"))));
        String byClv = mvc.perform(get("/customers").param("sort", "clv").param("dir", "desc")
                .with(as(accounts, "admin"))).andReturn().getResponse().getContentAsString();
        assertThat(byClv.indexOf("Star Buyer Co")).isLessThan(byClv.indexOf("Loss Maker Ltd"));
        assertThat(byClv.indexOf("Loss Maker Ltd")).isLessThan(byClv.indexOf("Just Looking Inc"));
        mvc.perform(get("/customers").param("tier", "NOT_A_TIER").with(as(accounts, "admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theListShowsEveryScoreColumnOnceChosen() throws Exception {
        mvc.perform(post("/customers/columns").with(as(accounts, "admin")).with(csrf())
                        .param("columns", "tier", "lifecycle", "abcPyramid", "rfm", "relationship", "clv"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/customers").param("q", "Star Buyer").with(as(accounts, "admin")))
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("Star Buyer Co"));
        row = row.substring(0, row.indexOf("</tr>"));
        // the richest of 12 buyers: A, and platinum (rank 0 < ceil(0.01 · 12) = 1); 13 purchase days, the
        // last 20 days ago: loyal
        String rfm = jdbc.queryForObject("select rfm_code from customer_score where customer_id = ?", String.class,
                star);
        assertThat(row).contains("A · Platinum").contains(">Loyal<").contains(rfm + " ");
        String prospectRow = page.contains("Just Looking Inc") ? page : mvc.perform(get("/customers")
                .param("q", "Just Looking").with(as(accounts, "admin"))).andReturn().getResponse().getContentAsString();
        prospectRow = prospectRow.substring(prospectRow.indexOf("Just Looking Inc"));
        assertThat(prospectRow.substring(0, prospectRow.indexOf("</tr>"))).doesNotContain("not ranked")
                .doesNotContain("no purchase in the window").contains(">Prospect<");
    }

    @Test
    void aManagerStartsARunAndIsSentToItsPage() throws Exception {
        String location = mvc.perform(post("/segmentation/runs").with(as(accounts, "manager1")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).matches("/segmentation/runs/\\d+");
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select started_by from segmentation_run where id = ?", String.class, id))
                .isEqualTo("manager1");
        mvc.perform(get(location).with(as(accounts, "manager1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Run " + id)));
        // the run goes on in the background: let it end before the next test empties the tables
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(
                jdbc.queryForObject("select status from segmentation_run where id = ?", String.class, id)));
    }

    @Test
    void aSecondRunWhileOneGoesIsRefusedWithWhoAndWhen() throws Exception {
        Long running = jdbc.queryForObject("insert into segmentation_run (status, trigger, as_of, settings_version,"
                + " started_by, started_at, heartbeat_at) values ('RUNNING', 'MANUAL', current_date, 1, 'admin', now(),"
                + " now()) returning id", Long.class);

        var flash = mvc.perform(post("/segmentation/runs").with(as(accounts, "manager1")).with(csrf()))
                .andExpect(redirectedUrl("/segmentation/runs")).andReturn().getFlashMap();
        mvc.perform(get("/segmentation/runs").with(as(accounts, "manager1")).flashAttrs(flash))
                .andExpect(content().string(containsString("Nothing was started: run " + running + ", started by admin")));
        assertThat(jdbc.queryForObject("select count(*) from segmentation_run where status = 'RUNNING'", Long.class))
                .isOne();
        jdbc.update("delete from segmentation_run where status = 'RUNNING'");
    }

    @Test
    void repsCannotReachTheRunsPages() throws Exception {
        mvc.perform(get("/segmentation/runs").with(as(accounts, "rep1"))).andExpect(status().isForbidden());
        mvc.perform(post("/segmentation/runs").with(as(accounts, "rep1")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String tier(long customer) {
        return jdbc.queryForObject("select tier from customer_score where customer_id = ?", String.class, customer);
    }

    private void order(long customer, LocalDate day, double amount, double cost) {
        jdbc.update("insert into customer_order (customer_id, order_number, order_date, status, channel, amount, cost)"
                + " values (?, 'T-' || nextval('order_number_seq'), ?, 'COMPLETED', 'ONLINE', ?, ?)",
                customer, day, amount, cost);
    }
}
