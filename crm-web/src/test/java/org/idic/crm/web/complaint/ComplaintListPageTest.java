package org.idic.crm.web.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.idic.crm.domain.testsupport.Events;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The complaints page and its export: the viewer's complaints only, filters kept, formulas neutralised. */
@WebIntegrationTest
class ComplaintListPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    Scenario.Book rep1;
    Scenario.Book rep3;

    @BeforeEach
    void complaintsInTwoTeams() {
        scenario.reset();
        rep1 = scenario.bookOf("rep1");
        rep3 = scenario.bookOf("rep3");
        jdbc.update("update customer set name = '=HYPERLINK(\"http://evil\",\"x\")' where id = ?", rep1.customer());
        jdbc.update("update customer set name = 'South Only Ltd' where id = ?", rep3.customer());
    }

    @Test
    void eachUserSeesOnlyTheComplaintsOfTheirCustomers() throws Exception {
        for (String user : List.of("rep1", "rep2", "rep3", "manager1", "manager2", "admin")) {
            String page = page(user, "");
            boolean seesRep1 = List.of("rep1", "manager1", "admin").contains(user);
            boolean seesRep3 = List.of("rep3", "manager2", "admin").contains(user);
            assertThat(page.contains("/complaints/" + rep1.complaint() + "\"")).as(user + " rep1's").isEqualTo(seesRep1);
            assertThat(page.contains("South Only Ltd")).as(user + " rep3's").isEqualTo(seesRep3);
            List<String> exported = csv(export(user, "csv", "")).stream().skip(1).map(r -> r.get(0)).toList();
            assertThat(exported.contains(rep1.complaint().toString())).as(user + " export").isEqualTo(seesRep1);
            assertThat(exported.contains(rep3.complaint().toString())).as(user + " export").isEqualTo(seesRep3);
        }
    }

    @Test
    void theFiltersAreShownKeptInTheExportLinkAndBadValuesAreA400() throws Exception {
        String page = page("admin", "?severity=HIGH&overdue=true&status=ALL&q=South");
        assertThat(page).contains("value=\"HIGH\" selected=\"selected\"")
                .contains("name=\"overdue\" value=\"true\" checked=\"checked\"")
                .contains("value=\"ALL\" selected=\"selected\"");
        assertThat(mvc.perform(get("/complaints?status=BOGUS").with(as(accounts, "admin"))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/complaints?severity=bad").with(as(accounts, "admin"))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        // the page's export link carries the filters
        String filtered = page("admin", "?severity=HIGH&q=South");
        assertThat(filtered).contains("/complaints/export?format=csv&amp;q=South&amp;severity=HIGH");
    }

    @Test
    void theExportNeutralisesFormulasInCsvKeepsTextInXlsxAndIsAudited() throws Exception {
        Events.clearAuditTrail(jdbc);
        String text = new String(export("rep1", "csv", ""), StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK(");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("rep1", "xlsx", "")))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
        }
        export("manager2", "csv", "&severity=HIGH");
        assertThat(jdbc.queryForList("select actor || ' ' || entity_type || ' ' || details from audit_event"
                + " where action = 'EXPORT' order by id", String.class)).containsExactly(
                "rep1 complaint-list format=csv rows=1 filters=", "rep1 complaint-list format=xlsx rows=1 filters=",
                "manager2 complaint-list format=csv rows=1 filters=severity=HIGH");
    }

    private String page(String user, String query) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/complaints" + query).with(as(accounts, user)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] export(String user, String format, String more) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/complaints/export?format=" + format + more)
                .with(as(accounts, user))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
    }
}
