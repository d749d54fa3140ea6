package org.idic.crm.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.imports.ImportPageTest.AS_MATCHED;
import static org.idic.crm.web.imports.ImportPageTest.HEADER;
import static org.idic.crm.web.imports.ImportPageTest.selected;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Saved mappings, possible duplicates, templates, cancel and the files refused at upload. */
@WebIntegrationTest
class ImportChoicesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    ImportSteps steps;

    @BeforeEach
    void reset() {
        scenario.reset();
        steps = new ImportSteps(mvc, accounts);
    }

    @Test
    void aColumnMappedByHandIsSavedAndTheSavedMappingIsUsedForTheNextFile() throws Exception {
        String csv = "Kundennummer,Firma,Betreuer\nK-1,Acme,rep1\n";
        String id = steps.uploaded("admin", "customers", csv);
        assertThat(selected(steps.page("admin", "/imports/" + id), 0)).isEmpty();

        MvcResult saved = steps.post("admin", "/imports/" + id + "/mapping", "action", "save", "mode", "CREATE",
                "mappingName", "German shop", "field", "number", "field", "name", "field", "owner");

        assertThat(saved.getResponse().getContentAsString()).contains("The mapping was saved as &quot;German shop&quot;.");
        String next = steps.uploaded("admin", "customers", csv);
        String page = steps.post("admin", "/imports/" + next + "/mapping", "action", "apply", "saved", "German shop")
                .getResponse().getContentAsString();
        assertThat(List.of(selected(page, 0), selected(page, 1), selected(page, 2))).containsExactly("number", "name",
                "owner");
    }

    @Test
    void aWorkbookWithTwoSheetsOffersTheChoiceAndTheColumnsOfTheSheetChosen() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var notes = workbook.createSheet("Notes").createRow(0);
            notes.createCell(0).setCellValue("Remark");
            workbook.getSheet("Notes").createRow(1).createCell(0).setCellValue("none");
            var sheet = workbook.createSheet("Customers");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("客户编号");
            header.createCell(1).setCellValue("客户名称");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("K-1");
            row.createCell(1).setCellValue("Acme");
            workbook.write(bytes);
        }
        String id = steps.upload("admin", "customers", "book.xlsx", bytes.toByteArray()).getResponse()
                .getRedirectedUrl().substring("/imports/".length());
        String first = steps.page("admin", "/imports/" + id);
        assertThat(first).contains("id=\"sheet-form\"", ">Notes<", ">Customers<", ">Remark<");

        assertThat(steps.post("admin", "/imports/" + id + "/sheet", "sheet", "Customers").getResponse()
                .getRedirectedUrl()).isEqualTo("/imports/" + id);

        String second = steps.page("admin", "/imports/" + id);
        assertThat(second).doesNotContain(">Remark<");
        assertThat(List.of(selected(second, 0), selected(second, 1))).containsExactly("number", "name");
    }

    @Test
    void oneFieldChosenForTwoColumnsIsShownBesideTheColumn() throws Exception {
        String id = steps.uploaded("admin", "customers", "a,b\nK-1,K-2\n");

        MvcResult result = steps.mapping("admin", id, "check", "CREATE", List.of("number", "number"));

        assertThat(result.getResponse().getContentAsString()).contains("is-invalid", "number is already chosen");
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
    }

    @Test
    void aPossibleDuplicateIsShownWithItsMatchAndTheChoiceForAllIsApplied() throws Exception {
        Long existing = scenario.customerOf("rep1", "Acme Existing");
        jdbc.update("update customer set email = 'buyer@acme.example' where id = ?", existing);
        String number = jdbc.queryForObject("select customer_number from customer where id = ?", String.class, existing);
        String id = steps.uploaded("admin", "customers", HEADER
                + ",ORGANISATION,Acme New,buyer@acme.example,,,,rep1,\n"
                + ",ORGANISATION,Someone else,,,,,rep1,\n");

        String report = steps.check("admin", id, "CREATE", AS_MATCHED);

        assertThat(report).contains("id=\"duplicate-2\"", "Acme New", number + " · Acme Existing", "same e-mail",
                "/customers?q=" + number).doesNotContain("id=\"import\"");

        steps.post("admin", "/imports/" + id + "/duplicates", "all", "SKIP");
        String next = steps.awaitJob("admin", id);
        String again = steps.page("admin", next);

        assertThat(again).contains("id=\"check-clean\"", "id=\"import\"");
        assertThat(ImportPageTest.number(again, "count-skipped")).isEqualTo("1");
        assertThat(ImportPageTest.number(again, "count-create")).isEqualTo("1");
    }

    @Test
    void theTemplatesHaveTheHeadersOfTheUsersLanguageAndTheChineseOneImportsAsItIs() throws Exception {
        String english = mvc.perform(get("/imports/templates/customers").with(as(accounts, "admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english.lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFnumber,external_id,type,name,email,phone,city,country,owner,tags");

        byte[] chinese = mvc.perform(get("/imports/templates/customers").with(as(accounts, "admin"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsByteArray();
        String text = new String(chinese, StandardCharsets.UTF_8);
        assertThat(text).contains("客户编号,外部编号,类型,客户名称", "王伟");

        String id = steps.upload("admin", "customers", "template.csv", chinese).getResponse().getRedirectedUrl()
                .substring("/imports/".length());
        String page = steps.page("admin", "/imports/" + id);
        for (int i = 0; i < 10; i++) {
            assertThat(selected(page, i)).as("column " + i).isNotEmpty();
        }
        String report = steps.check("admin", id, "CREATE", List.of("number", "external_id", "type", "name", "email",
                "phone", "city", "country", "owner", "tags"));
        assertThat(report).contains("id=\"check-clean\"");
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 60_000; i++) {
            csv.append("B-").append(i).append(",INDIVIDUAL,Person ").append(i).append(",,,,,rep1,\n");
        }
        String id = steps.uploaded("admin", "customers", csv.toString());
        steps.mapping("admin", id, "check", "CREATE", AS_MATCHED);
        steps.post("admin", "/imports/" + id + "/cancel");
        String next = steps.awaitJob("admin", id);

        assertThat(next).isIn("/imports/" + id + "?cancelled", "/imports/" + id + "/report");
        if (next.endsWith("/report")) {
            // the dry run was done before the cancel was seen: cancel the import itself
            steps.post("admin", "/imports/" + id + "/run");
            steps.post("admin", "/imports/" + id + "/cancel");
            next = steps.awaitJob("admin", id);
        }
        assertThat(next).isEqualTo("/imports/" + id + "?cancelled");
        assertThat(jdbc.queryForObject("select count(*) from customer where customer_number like 'B-%'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from import_batch", Long.class)).isZero();
    }

    @Test
    void aFileWithOnlyAHeaderFailsItsCheckWithTheReasonAndWritesNothing() throws Exception {
        String id = steps.uploaded("admin", "customers", HEADER);

        String page = steps.check("admin", id, "CREATE", AS_MATCHED);

        assertThat(page).contains("id=\"import-failed\"", "The file has a header but no rows.", "Nothing was written.");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAtUploadInTheUsersLanguage() throws Exception {
        assertThat(steps.upload("admin", "customers", "empty.csv", new byte[0]).getResponse().getContentAsString())
                .contains("id=\"upload-problem\"", "Choose a file to upload.");
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/imports").file(new org.springframework.mock.web.MockMultipartFile("file", "x.csv",
                                "text/csv", random)).param("kind", "customers").with(as(accounts, "admin"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"upload-problem\"", "二进制");
        assertThat(jdbc.queryForObject("select count(*) from import_batch", Long.class)).isZero();
    }
}
