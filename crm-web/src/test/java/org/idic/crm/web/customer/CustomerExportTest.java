package org.idic.crm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.customerlist.CustomerPage;
import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.CustomerRow;
import org.idic.crm.domain.customerlist.CustomerSearch;
import org.idic.crm.domain.customerlist.CustomerSort;
import org.idic.crm.domain.customerlist.ScoreFilter;
import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TierFixture;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.segmentation.tier.Tier;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The customer list export on a scored book (TierFixture: B1..B10 and a below-zero Z for rep1, prospects
 * of rep2 and rep3) plus customers whose names try formula injection, quoting and Chinese.
 */
@WebIntegrationTest
class CustomerExportTest {

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2+3", "@SUM(A1)",
            "\tTabbed Trading");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    TierFixture fixture;
    @Autowired
    CustomerSearch search;
    @Autowired
    JdbcTemplate jdbc;

    TierFixture.Book book;

    @BeforeEach
    void scoredBookWithAwkwardNames() {
        book = fixture.withSnapshot();
        for (String name : HOSTILE) {
            Long id = scenario.customerOf("rep1", "placeholder");
            // straight into the table: the form would strip the leading tab
            jdbc.update("update customer set name = ? where id = ?", name, id);
        }
        scenario.customerOf("rep1", "王伟贸易有限公司");
        scenario.customerOf("rep1", "Comma, \"Quoted\" & Sons");
        scenario.customerOf("rep2", "North Colleague Ltd");
        scenario.customerOf("rep3", "South Only Ltd");
    }

    @Test
    void eachRoleExportsExactlyTheRowsOfItsOwnList() throws Exception {
        for (String user : List.of("rep1", "rep2", "rep3", "manager1", "manager2", "admin")) {
            List<CSVRecord> rows = csv(export(user, "csv"));
            assertThat(column(rows, 0)).as(user).containsExactlyElementsOf(listed(user, CustomerQuery.firstPage()));
        }
        assertThat(column(csv(export("rep1", "csv")), 4)).containsOnly("Wang Wei").hasSize(18);
        assertThat(column(csv(export("manager1", "csv")), 4)).containsOnly("Wang Wei", "Emma Clark").hasSize(20);
        assertThat(column(csv(export("manager2", "csv")), 4)).containsOnly("Zhang Min").hasSize(2);
        assertThat(column(csv(export("admin", "csv")), 4)).contains("Zhang Min", "Emma Clark").hasSize(22);
    }

    @Test
    void theListsFiltersAndSortGiveTheListsRows() throws Exception {
        CustomerQuery buyersByValue = new CustomerQuery("B", null, null, null, null,
                new ScoreFilter(Tier.MAINTAIN, null, null, null, null, null), CustomerSort.CURRENT_VALUE, true, 0, 25);
        List<String> numbers = column(csv(mvc.perform(get("/customers/export").param("format", "csv").param("q", "B")
                .param("tier", "MAINTAIN").param("sort", "current_value").param("dir", "desc")
                .with(as(accounts, "manager1"))).andReturn().getResponse().getContentAsByteArray()), 0);

        assertThat(numbers).isNotEmpty().containsExactlyElementsOf(listed("manager1", buyersByValue));
        // a rep's owner filter is ignored on the export as on the list
        assertThat(column(csv(mvc.perform(get("/customers/export").param("format", "csv").param("owner",
                        jdbc.queryForObject("select id from app_user where username = 'rep3'", Long.class).toString())
                .with(as(accounts, "rep1"))).andReturn().getResponse().getContentAsByteArray()), 4))
                .containsOnly("Wang Wei").hasSize(18);
    }

    @Test
    void csvHasTheHeaderTheBomQuotingAndNeutralisedFormulas() throws Exception {
        byte[] bytes = export("rep1", "csv");
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFCustomer no.,Name,Type,Status,Owner,Phone,E-mail,City,Tags,Tier,Lifecycle,"
                + "Predicted CLV,Current value (per year),Last activity,ABC class,Pyramid level,RFM code,RFM segment,"
                + "Relationship\r\n");
        assertThat(text).contains(",\"Comma, \"\"Quoted\"\" & Sons\",").contains(",王伟贸易有限公司,")
                .contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",").contains(",'+1,").contains(",'-2+3,")
                .contains(",'@SUM(A1),").contains(",'\tTabbed Trading,");
        List<String> names = column(csv(bytes), 1);
        assertThat(names).contains("王伟贸易有限公司", "Comma, \"Quoted\" & Sons", "'=HYPERLINK(\"http://evil\",\"x\")",
                "'+1", "'-2+3", "'@SUM(A1)", "'\tTabbed Trading");
        assertThat(names).allSatisfy(name -> assertThat(name).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t"));
    }

    @Test
    void numbersStayNumbersNegativeOnesIncluded() throws Exception {
        CSVRecord z = row(csv(export("rep1", "csv")), "Z below zero");
        assertThat(z.get(9)).isEqualTo("BZ · below zero");
        assertThat(z.get(12)).matches("-\\d+\\.\\d{2}");
        assertThat(Double.parseDouble(z.get(12))).isNegative();
        CSVRecord b10 = row(csv(export("rep1", "csv")), "B10");
        assertThat(b10.get(9)).isEqualTo("MVC · most valuable");
        // money to the cent, as plain numbers: 454.5454545454545 → 454.55
        assertThat(b10.get(11)).matches("\\d+\\.\\d{2}");
        assertThat(b10.get(12)).isEqualTo("500.00");
        assertThat(b10.get(13)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(b10.get(8)).isEqualTo("vip");
    }

    @Test
    void headersAndLabelsFollowTheUsersLanguage() throws Exception {
        byte[] bytes = mvc.perform(get("/customers/export").param("format", "csv").locale(Locale.SIMPLIFIED_CHINESE)
                .header("Accept-Language", "zh-CN").with(as(accounts, "rep1"))).andReturn().getResponse()
                .getContentAsByteArray();

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(
                new String(bytes, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("客户编号");
        assertThat(records.get(0).get(1)).isEqualTo("名称");
        assertThat(records.stream().filter(r -> r.get(1).equals("王伟贸易有限公司")).findFirst().orElseThrow().get(2))
                .isEqualTo("组织客户");
    }

    @Test
    void xlsxHasABoldHeaderNumericCellsAndFormulaLookingNamesAsText() throws Exception {
        var response = mvc.perform(get("/customers/export").param("format", "xlsx").with(as(accounts, "rep1")))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).matches("attachment; filename=\"customers-\\d{8}-\\d{4}\\.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Customer no.");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(18);
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell name = sheet.getRow(r).getCell(1);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                names.add(name.getStringCellValue());
                if (name.getStringCellValue().equals("Z below zero")) {
                    Cell value = sheet.getRow(r).getCell(12);
                    assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(value.getNumericCellValue()).isNegative();
                    assertThat(sheet.getRow(r).getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(r).getCell(13)))
                            .isTrue();
                }
            }
            // inline strings, never formulas: the names exactly as stored, phone numbers without a quote
            assertThat(names).contains("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2+3", "@SUM(A1)",
                    "\tTabbed Trading", "王伟贸易有限公司");
            List<String> phones = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell phone = sheet.getRow(r).getCell(5);
                if (phone != null) {
                    phones.add(phone.getStringCellValue());
                }
            }
            assertThat(phones).isNotEmpty().anyMatch(p -> p.startsWith("+")).noneMatch(p -> p.startsWith("'"));
        }
    }

    @Test
    void theDownloadIsNamedAndNotCached() throws Exception {
        var response = mvc.perform(get("/customers/export").param("format", "csv").with(as(accounts, "rep1")))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).matches("attachment; filename=\"customers-\\d{8}-\\d{4}\\.csv\"");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void everyExportIsAuditedWithItsFiltersAndRowCount() throws Exception {
        Events.clearAuditTrail(jdbc);

        mvc.perform(get("/customers/export").param("format", "xlsx").param("q", "B").param("tier", "MVC")
                .with(as(accounts, "rep1"))).andExpect(status().isOk());

        assertThat(jdbc.queryForList("select actor || ' ' || action || ' ' || entity_type || ' ' || details"
                + " from audit_event", String.class)).containsExactly("rep1 EXPORT customer-list format=xlsx rows=3"
                + " filters=q=B&tier=MVC&sort=name&dir=asc");
    }

    @Test
    void unknownFormatsFiltersAndSortsAreRefused() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/customers/export"),
                get("/customers/export").param("format", "pdf"),
                get("/customers/export").param("format", "csv").param("sort", "password"),
                get("/customers/export").param("format", "csv").param("dir", "sideways"),
                get("/customers/export").param("format", "csv").param("tier", "NOT_A_TIER"))) {
            mvc.perform(request.with(as(accounts, "rep1"))).andExpect(status().isBadRequest());
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'", Long.class))
                .isZero();
        mvc.perform(get("/customers/export").param("format", "csv")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void thousandsOfCustomersExportInFull() throws Exception {
        scenario.bulkCustomersOf("rep2", 3000, "Bulk");

        assertThat(csv(export("manager1", "csv"))).hasSize(3020);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export("manager1", "xlsx")))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3020);
        }
        assertThat(jdbc.queryForList("select details from audit_event where action = 'EXPORT' order by id",
                String.class)).last().asString().startsWith("format=xlsx rows=3020 ");
    }

    @Test
    void theListOffersBothExportsWithItsCurrentFilters() throws Exception {
        String page = mvc.perform(get("/customers").param("q", "B").param("tier", "MVC").param("sort", "clv")
                .with(as(accounts, "rep1"))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/customers/export?format=csv&amp;q=B&amp;tier=MVC&amp;sort=clv&amp;dir=asc\"")
                .contains("href=\"/customers/export?format=xlsx&amp;q=B&amp;tier=MVC&amp;sort=clv&amp;dir=asc\"")
                .contains("Export CSV").contains("Export Excel");
    }

    private byte[] export(String user, String format) throws Exception {
        return mvc.perform(get("/customers/export").param("format", format).with(as(accounts, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The data rows (the header and the BOM dropped). */
    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        return records.subList(1, records.size());
    }

    private static List<String> column(List<CSVRecord> rows, int index) {
        return rows.stream().map(r -> r.get(index)).toList();
    }

    private static CSVRecord row(List<CSVRecord> rows, String name) {
        return rows.stream().filter(r -> r.get(1).equals(name)).findFirst().orElseThrow();
    }

    /** The customer numbers the list shows this user for the query, page after page. */
    private List<String> listed(String user, CustomerQuery query) {
        Actor actor = scenario.actor(user);
        List<String> numbers = new ArrayList<>();
        CustomerPage page;
        int p = 0;
        do {
            page = search.search(actor, query.withPage(p++));
            page.rows().stream().map(CustomerRow::number).forEach(numbers::add);
        } while (page.hasNext());
        return numbers;
    }
}
