package org.idic.crm.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every report's download on the hand-worked book of {@link TierFixture}, as in {@link ReportPagesTest}
 * (B2 given to rep2 and B9 to rep3 before the run): the figures are those of the viewer's page, the
 * filters apply, a manager cannot widen the scope with a team, text is neutralised, and each download is
 * audited.
 */
@WebIntegrationTest
class ReportExportTest {

    static final List<String> REPORTS = List.of("tiers", "pareto", "rfm", "value-matrix", "lifecycle", "migration",
            "team");

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
    void theTierExportHoldsEachViewersOwnFigures() throws Exception {
        // tier, customers, revenue, margin: hand-computed in ReportsTest (B_k: revenue 100k, margin 50k)
        assertThat(tierRows("manager1", "")).containsExactly("MVC 2 1800.00 900.00", "MGC 0 0.00 0.00",
                "MAINTAIN 7 2800.00 1400.00", "BZ 1 100.00 10.00", "PROSPECT 1 0.00 0.00");
        assertThat(tierRows("rep1", "")).containsExactly("MVC 2 1800.00 900.00", "MGC 0 0.00 0.00",
                "MAINTAIN 6 2600.00 1300.00", "BZ 1 100.00 10.00", "PROSPECT 0 0.00 0.00");
        assertThat(tierRows("manager2", "")).containsExactly("MVC 1 900.00 450.00", "MGC 0 0.00 0.00",
                "MAINTAIN 0 0.00 0.00", "BZ 0 0.00 0.00", "PROSPECT 1 0.00 0.00");
        assertThat(tierRows("admin", "")).containsExactly("MVC 3 2700.00 1350.00", "MGC 0 0.00 0.00",
                "MAINTAIN 7 2800.00 1400.00", "BZ 1 100.00 10.00", "PROSPECT 2 0.00 0.00");
        String south = jdbc.queryForObject("select team_id from app_user where username = 'rep3'", Long.class)
                .toString();
        assertThat(tierRows("admin", "team=" + south)).isEqualTo(tierRows("manager2", ""));
        // a manager's team parameter is ignored, as on the page
        assertThat(tierRows("manager1", "team=" + south)).isEqualTo(tierRows("manager1", ""));
        // the rep filter: rep2's one customer, B2
        assertThat(tierRows("manager1", "owner=" + userId("rep2")).get(2)).isEqualTo("MAINTAIN 1 200.00 100.00");
    }

    @Test
    void theTierExportAlsoBreaksDownByAbcClassAndPyramidLevel() throws Exception {
        List<CSVRecord> rows = csv(download("tiers", "admin", "csv", ""));
        // 5 tiers, then A, B, C and "not ranked", then four levels and "not ranked"
        assertThat(rows).hasSize(1 + 5 + 4 + 5);
        Map<String, Long> ranked = rows.subList(1, rows.size()).stream().filter(r -> !r.get(1).equals("not ranked"))
                .collect(Collectors.groupingBy(r -> r.get(0), Collectors.summingLong(r -> Long.parseLong(r.get(2)))));
        // tiers count prospects too (13 customers); ABC and the pyramid rank the 11 buyers
        assertThat(ranked).containsEntry("Value tier", 13L).containsEntry("ABC class", 11L)
                .containsEntry("Pyramid level", 11L);
        // pyramid of 11: ceil(0.01·11) = 1 platinum, ceil(0.05·11) = 1 → no gold, ceil(0.20·11) = 3 → 2 iron
        assertThat(rows.stream().filter(r -> r.get(0).equals("Pyramid level")).map(r -> r.get(1) + " " + r.get(2))
                .toList()).containsExactly("Platinum 1", "Gold 0", "Iron 2", "Lead 8", "not ranked 2");
    }

    @Test
    void theParetoExportListsTheCurveRichestFirst() throws Exception {
        // manager1's buyers: B10, B8, B7 .. B1 and Z (100): revenue 4,700 over 10 customers
        List<CSVRecord> rows = csv(download("pareto", "manager1", "csv", ""));
        assertThat(rows.get(0).toList()).containsExactly("Customers (richest first)", "% of customers",
                "Revenue", "% of revenue");
        CSVRecord first = rows.stream().filter(r -> r.get(0).equals("1")).findFirst().orElseThrow();
        assertThat(first.toList()).containsExactly("1", "10.00", "1000.00", "21.28");
        CSVRecord last = rows.get(rows.size() - 1);
        assertThat(last.toList()).containsExactly("10", "100.00", "4700.00", "100.00");
    }

    @Test
    void theRfmExportHasEveryCellWithItsSegmentAndTheValueMatrixItsQuadrants() throws Exception {
        List<CSVRecord> rfm = csv(download("rfm", "admin", "csv", ""));
        assertThat(rfm).hasSize(1 + 25);
        assertThat(rfm.subList(1, 26).stream().mapToLong(r -> Long.parseLong(r.get(3))).sum()).isEqualTo(11);
        CSVRecord best = rfm.get(1);
        assertThat(best.toList().subList(0, 3)).containsExactly("5", "5", "Champions");

        List<CSVRecord> matrix = csv(download("value-matrix", "manager1", "csv", ""));
        assertThat(matrix.subList(1, matrix.size()).stream().mapToLong(r -> Long.parseLong(r.get(1))).sum())
                .isEqualTo(10);
    }

    @Test
    void theLifecycleExportCountsStagesAndRelationships() throws Exception {
        List<CSVRecord> rows = csv(download("lifecycle", "manager1", "csv", ""));
        Map<String, Long> byBreakdown = rows.subList(1, rows.size()).stream().collect(Collectors.groupingBy(
                r -> r.get(0), Collectors.summingLong(r -> Long.parseLong(r.get(2)))));
        assertThat(byBreakdown).containsEntry("Lifecycle stage", 11L).containsEntry("Relationship status", 11L);
    }

    @Test
    void theMigrationExportHasEveryFromToPairOfTheTwoRuns() throws Exception {
        Long first = jdbc.queryForObject("select max(id) from segmentation_run", Long.class);
        // B1 becomes the team's richest customer: Maintain → MVC in the second run
        jdbc.update("update customer_order set amount = 5000, cost = 2500 where customer_id = ?", book.buyers().get(0));
        runs.runNow(RunTrigger.COMMAND, LocalDate.now(clock), "test");
        Long second = jdbc.queryForObject("select max(id) from segmentation_run", Long.class);

        List<CSVRecord> rows = csv(download("migration", "manager1", "csv", "from=" + first + "&to=" + second));
        assertThat(rows.get(0).get(0)).startsWith("Tier in run #" + first);
        assertThat(rows.get(0).get(1)).startsWith("Tier in run #" + second);
        assertThat(rows.subList(1, rows.size()).stream().mapToLong(r -> Long.parseLong(r.get(2))).sum())
                .isEqualTo(11);
        CSVRecord up = rows.stream().filter(r -> r.get(0).startsWith("Maintain") && r.get(1).startsWith("MVC"))
                .findFirst().orElseThrow();
        assertThat(up.get(2)).isEqualTo("1");
        assertThat(up.get(3)).isEqualTo("5000.00");
        mvc.perform(get("/reports/migration/export").param("format", "csv").param("from", "999999")
                .with(as(accounts, "manager1"))).andExpect(status().isBadRequest());
    }

    @Test
    void theTeamExportListsTheViewersPeopleWithNamesNeutralised() throws Exception {
        jdbc.update("update app_user set display_name = '=HYPERLINK(\"http://evil\",\"x\")' where username = 'rep2'");
        List<CSVRecord> manager1 = csv(download("team", "manager1", "csv", "period=MONTH&periods=3"));
        List<String> names = manager1.subList(1, manager1.size()).stream().map(r -> r.get(0)).toList();
        assertThat(names).contains("'=HYPERLINK(\"http://evil\",\"x\")").doesNotContain(displayName("rep3"));
        assertThat(manager1.get(0).toList()).filteredOn(h -> h.startsWith("Interactions, period from")).hasSize(3);
        List<CSVRecord> rep1 = csv(download("team", "rep1", "csv", ""));
        assertThat(rep1).hasSize(2);
        assertThat(rep1.get(1).get(0)).isEqualTo(displayName("rep1"));
        mvc.perform(get("/reports/team/export").param("format", "csv").param("periods", "99")
                .with(as(accounts, "manager1"))).andExpect(status().isBadRequest());
    }

    @Test
    void everyReportDownloadsAsExcelWithNumbersAsNumbers() throws Exception {
        for (String report : REPORTS) {
            var response = mvc.perform(get("/reports/" + report + "/export").param("format", "xlsx")
                    .with(as(accounts, "manager1"))).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getHeader("Content-Disposition")).as(report)
                    .matches("attachment; filename=\"report-" + report + "-\\d{8}-\\d{4}\\.xlsx\"");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).as(report).isPositive();
                Row firstRow = sheet.getRow(1);
                boolean anyNumber = false;
                for (int c = 0; c < firstRow.getLastCellNum(); c++) {
                    anyNumber |= firstRow.getCell(c) != null && firstRow.getCell(c).getCellType() == CellType.NUMERIC;
                }
                assertThat(anyNumber).as(report + " has numeric cells").isTrue();
            }
        }
    }

    @Test
    void headersAndLabelsFollowTheUsersLanguage() throws Exception {
        byte[] bytes = mvc.perform(get("/reports/tiers/export").param("format", "csv")
                .locale(Locale.SIMPLIFIED_CHINESE).with(as(accounts, "manager1"))).andReturn().getResponse()
                .getContentAsByteArray();
        List<CSVRecord> rows = csv(bytes);
        assertThat(rows.get(0).get(0)).isEqualTo("维度");
        assertThat(rows.get(1).get(0)).isEqualTo("价值层级");
        assertThat(String.join(",", rows.get(0).toList())).doesNotContain("??");
    }

    @Test
    void everyDownloadIsAuditedWithTheReportAndItsFilters() throws Exception {
        Events.clearAuditTrail(jdbc);
        mvc.perform(get("/reports/tiers/export").param("format", "csv").param("kind", "ORGANISATION")
                .param("tag", "vip").with(as(accounts, "manager1"))).andExpect(status().isOk());

        assertThat(jdbc.queryForList("select actor || ' ' || action || ' ' || entity_type || ' ' || details"
                + " from audit_event", String.class)).containsExactly(
                        "manager1 EXPORT report-tiers format=csv rows=14 filters=kind=ORGANISATION&tag=vip");
    }

    @Test
    void nonsenseIsRefusedAndWithoutARunTheDownloadGoesBackToThePage() throws Exception {
        mvc.perform(get("/reports/tiers/export").with(as(accounts, "manager1"))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/tiers/export").param("format", "pdf").with(as(accounts, "manager1")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/tiers/export").param("format", "csv").param("kind", "ROBOT")
                .with(as(accounts, "manager1"))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/salaries/export").param("format", "csv").with(as(accounts, "manager1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/tiers/export").param("format", "csv")).andExpect(redirectedUrl("/login"));

        fixture.clearSegmentation();
        mvc.perform(get("/reports/tiers/export").param("format", "csv").param("tag", "vip")
                .with(as(accounts, "manager1"))).andExpect(redirectedUrl("/reports/tiers?tag=vip"));
    }

    @Test
    void theReportPagesOfferTheDownloadWithTheirFilters() throws Exception {
        String page = mvc.perform(get("/reports/team").param("period", "MONTH").param("periods", "3").param("tag", "vip")
                .with(as(accounts, "manager1"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/reports/team/export?format=csv&amp;tag=vip&amp;period=MONTH&amp;periods=3\"");
        String tiers = mvc.perform(get("/reports/tiers").with(as(accounts, "manager1"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(tiers).contains("href=\"/reports/tiers/export?format=xlsx\"");
    }

    private List<String> tierRows(String user, String query) throws Exception {
        return csv(download("tiers", user, "csv", query)).stream().filter(r -> r.get(0).equals("Value tier"))
                .map(r -> tierCode(r.get(1)) + " " + r.get(2) + " " + r.get(4) + " " + r.get(6)).toList();
    }

    private static String tierCode(String label) {
        for (String code : List.of("MVC", "MGC", "Maintain", "BZ", "Prospect")) {
            if (label.startsWith(code)) {
                return code.toUpperCase(Locale.ROOT);
            }
        }
        return label;
    }

    private byte[] download(String report, String user, String format, String query) throws Exception {
        return mvc.perform(get("/reports/" + report + "/export?format=" + format + (query.isEmpty() ? "" : "&" + query))
                .with(as(accounts, user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    private Long userId(String user) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, user);
    }

    private String displayName(String user) {
        return jdbc.queryForObject("select display_name from app_user where username = ?", String.class, user);
    }
}
