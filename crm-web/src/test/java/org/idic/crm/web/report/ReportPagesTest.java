package org.idic.crm.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report pages on the hand-worked book of {@link TierFixture} (B2 given to rep2 and B9 to rep3
 * before the run): the figures in each chart and table are the viewer's, every chart has its table,
 * and the drill-down links open the customers behind a figure, no one else's.
 */
@WebIntegrationTest
class ReportPagesTest {

    static final List<String> PAGES = List.of("/reports/tiers", "/reports/pareto", "/reports/rfm",
            "/reports/value-matrix", "/reports/lifecycle", "/reports/migration", "/reports/team");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TierFixture fixture;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TierFixture.Book book;

    @BeforeEach
    void scoredBook() {
        book = fixture.acrossTeamsWithSnapshot();
    }

    @Test
    void everyReportRendersChartsWithTheirTablesForEveryRole() throws Exception {
        for (String user : List.of("rep1", "manager1", "admin")) {
            for (String page : PAGES) {
                String html = page(page, user);
                assertThat(html).as(user + " " + page).contains("data-chart=").contains("<table")
                        .containsPattern("/js/charts-[0-9a-f]{32}\\.js").contains("chart.umd.min.js").doesNotContain("cdn");
            }
        }
        mvc.perform(get("/reports").with(as(accounts, "rep1"))).andExpect(redirectedUrl("/reports/tiers"));
    }

    @Test
    void theTierChartShowsTheViewersOwnFigures() throws Exception {
        // MVC, MGC, Maintain, BZ, Prospect
        assertThat(customersDataset(page("/reports/tiers", "manager1"))).containsExactly(2, 0, 7, 1, 1);
        assertThat(customersDataset(page("/reports/tiers", "manager2"))).containsExactly(1, 0, 0, 0, 1);
        assertThat(customersDataset(page("/reports/tiers", "rep1"))).containsExactly(2, 0, 6, 1, 0);
        assertThat(customersDataset(page("/reports/tiers", "admin"))).containsExactly(3, 0, 7, 1, 2);
        Long south = jdbc.queryForObject("select team_id from app_user where username = 'rep3'", Long.class);
        assertThat(customersDataset(page("/reports/tiers?team=" + south, "admin"))).containsExactly(1, 0, 0, 0, 1);
        // a manager's team filter is ignored, a rep's colleague filter yields nothing
        assertThat(customersDataset(page("/reports/tiers?team=" + south, "manager1"))).containsExactly(2, 0, 7, 1, 1);
        assertThat(customersDataset(page("/reports/tiers?owner=" + userId("rep2"), "rep1")))
                .containsExactly(0, 0, 0, 0, 0);
        // the revenue in the table, formatted
        assertThat(page("/reports/tiers", "manager1")).contains(">1,800<").contains(">2,800<");
    }

    @Test
    void drillDownLinksOpenTheCustomersBehindAFigureAndNoOneElses() throws Exception {
        String tiers = page("/reports/tiers", "manager1");
        assertThat(tiers).contains("href=\"/customers?tier=MVC\"");
        String mvcList = page("/customers?tier=MVC", "manager1");
        assertThat(mvcList).contains(">B8<", ">B10<").doesNotContain(">B9<");

        String filtered = page("/reports/tiers?owner=" + userId("rep1") + "&kind=ORGANISATION&tag=vip", "manager1");
        assertThat(filtered).contains("href=\"/customers?owner=" + userId("rep1")
                + "&amp;kind=ORGANISATION&amp;tag=vip&amp;tier=MVC\"");
        // the tabs keep the filters
        assertThat(filtered).contains("href=\"/reports/pareto?owner=" + userId("rep1"));
    }

    @Test
    void paretoSaysWhereEightyPercentIsReached() throws Exception {
        // 6 of the 11 buyers bring 80% (see the domain test for the arithmetic)
        mvc.perform(get("/reports/pareto").with(as(accounts, "admin")))
                .andExpect(content().string(containsString("The top 54.5% of customers (6 of 11) bring 80% of the revenue.")));
        mvc.perform(get("/reports/pareto").with(as(accounts, "admin")).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(content().string(containsString("前 54.5% 的客户（11 位中的 6 位）带来 80% 的收入。")));
    }

    @Test
    void everyReportSpeaksChinese() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page).with(as(accounts, "manager1")).locale(Locale.SIMPLIFIED_CHINESE))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("报表")))
                    .andExpect(content().string(not(containsString("??report."))));
        }
        mvc.perform(get("/reports/tiers").with(as(accounts, "manager1")).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(content().string(containsString("各价值层级的客户数、收入、毛利和客户终身价值")));
    }

    @Test
    void theRfmGridLinksEachCellAndTheValueMatrixEachQuadrant() throws Exception {
        String rfm = page("/reports/rfm", "admin");
        assertThat(rfm).contains("rfm-cell rfm-").containsPattern("href=\"/customers\\?r=\\d&amp;f=\\d\"");
        String matrix = page("/reports/value-matrix", "admin");
        assertThat(matrix).contains("href=\"/customers?quadrant=II\"");
    }

    @Test
    void migrationAndTeamTakeTheirOwnParametersAndRefuseNonsense() throws Exception {
        Long run = jdbc.queryForObject("select max(id) from segmentation_run", Long.class);
        mvc.perform(get("/reports/migration").param("from", run.toString()).param("to", run.toString())
                .with(as(accounts, "manager1"))).andExpect(status().isOk());
        mvc.perform(get("/reports/migration").param("from", "999999").with(as(accounts, "manager1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/team").param("period", "MONTH").param("periods", "3")
                .with(as(accounts, "manager1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The last 3 months")));
        mvc.perform(get("/reports/team").param("periods", "0").with(as(accounts, "manager1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/team").param("period", "DECADE").with(as(accounts, "manager1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/tiers").param("kind", "ROBOT").with(as(accounts, "manager1")))
                .andExpect(status().isBadRequest());
        // a team report lists the viewer's people only
        assertThat(page("/reports/team", "manager2")).doesNotContain(displayName("rep1"));
        assertThat(page("/reports/team", "rep1")).doesNotContain(displayName("rep2"));
    }

    @Test
    void withoutASnapshotTheReportsSaySo() throws Exception {
        fixture.clearSegmentation();
        for (String page : PAGES.subList(0, 6)) {
            mvc.perform(get(page).with(as(accounts, "manager1"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("No segmentation run has finished yet")));
        }
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(accounts, user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The first dataset ("Customers") of the first chart on the page. */
    private static List<Integer> customersDataset(String html) {
        Matcher m = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode spec = JsonMapper.builder().build().readTree(HtmlUtils.htmlUnescape(m.group(1)));
        List<Integer> values = new ArrayList<>();
        spec.get("datasets").get(0).get("data").forEach(v -> values.add(v.asInt()));
        return values;
    }

    private Long userId(String user) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
    }

    private String displayName(String user) {
        return jdbc.queryForObject("select display_name from app_user where username = ?", String.class, user);
    }
}
