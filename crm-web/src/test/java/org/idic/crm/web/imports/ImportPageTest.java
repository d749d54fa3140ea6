package org.idic.crm.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.idic.crm.web.support.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The import page's steps: upload, columns, dry run and its problems, import, result, undo. */
@WebIntegrationTest
class ImportPageTest {

    static final String HEADER = "number,type,name,email,phone,city,country,owner,tags\n";
    static final List<String> AS_MATCHED = List.of("number", "type", "name", "email", "phone", "city", "country",
            "owner", "tags");

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
    void headersAreMatchedInEnglishAndChineseAndOtherColumnsAreShownAsNotImported() throws Exception {
        String id = steps.uploaded("admin", "customers", "客户编号,Customer Name,E-Mail,Notes\nK-1,Acme,a@b.example,x\n");

        String html = steps.page("admin", "/imports/" + id);

        assertThat(selected(html, 0)).isEqualTo("number");
        assertThat(selected(html, 1)).isEqualTo("name");
        assertThat(selected(html, 2)).isEqualTo("email");
        assertThat(selected(html, 3)).isEmpty();
        assertThat(html).contains("id=\"column-3\" class=\"unmapped\"").doesNotContain("id=\"column-0\" class=\"unmapped\"");
    }

    @Test
    void theDryRunListsEveryProblemWithLineColumnValueAndReasonAndWritesNothing() throws Exception {
        String before = scenario.fingerprint();
        String id = steps.uploaded("admin", "customers", HEADER
                + "K-1,ORGANISATION,Acme,not-an-email,,Shanghai,CN,rep1,\n"
                + "K-2,INDIVIDUAL,Good,,,,,rep1,\n");

        String report = steps.check("admin", id, "CREATE", AS_MATCHED);

        assertThat(report).contains("id=\"check-problems\"", "One problem in one row", "<td>2</td>",
                "not-an-email", "Not an e-mail address.");
        assertThat(report).doesNotContain("id=\"import\"");
        assertThat(number(report, "count-create")).isEqualTo("1");
        assertThat(number(report, "count-rejected")).isEqualTo("1");
        assertThat(scenario.fingerprint()).isEqualTo(before);
    }

    @Test
    void aChineseUserReadsTheReasonsInChinese() throws Exception {
        String id = steps.uploaded("admin", "customers", HEADER + "K-1,ORGANISATION,Acme,not-an-email,,,,rep1,\n");
        steps.check("admin", id, "CREATE", AS_MATCHED);

        String report = mvc.perform(get("/imports/" + id + "/report").with(as(accounts, "admin"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();

        assertThat(report).contains("不是电子邮件地址。", "被拒绝").doesNotContain("Not an e-mail address.");
    }

    @Test
    void theRejectedRowsDownloadHasTheRowsAsInTheFileWithTheReasonAndNoFormula() throws Exception {
        String id = steps.uploaded("admin", "customers", HEADER
                + "K-1,ORGANISATION,=HYPERLINK(\"x\"),not-an-email,,,,rep1,\n"
                + "K-2,INDIVIDUAL,Good,,,,,rep1,\n"
                + "K-3,PERSON,Bad type,,,,,rep1,\n");
        steps.check("admin", id, "CREATE", AS_MATCHED);

        MvcResult csv = mvc.perform(get("/imports/" + id + "/rejected").with(as(accounts, "admin"))).andReturn();
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("rejected-rows-");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith("tags,Reason");
        assertThat(lines.get(1)).startsWith("K-1,ORGANISATION,\"'=HYPERLINK(\"\"x\"\")\",not-an-email")
                .contains("line 2, email: Not an e-mail address.");
        assertThat(lines.get(2)).startsWith("K-3,PERSON,Bad type").contains("line 4, type: Not one of");
    }

    @Test
    void aCleanFileIsImportedInTheBackgroundListedAndUndone() throws Exception {
        String id = steps.uploaded("admin", "customers", HEADER
                + "K-1,ORGANISATION,Acme,info@acme.example,,Shanghai,CN,rep1,vip\n"
                + "K-2,INDIVIDUAL,Bo Li,,,Beijing,CN,rep2,\n");
        String report = steps.check("admin", id, "CREATE", AS_MATCHED);
        assertThat(report).contains("id=\"check-clean\"", "id=\"import\"", "Import 2 rows");
        assertThat(count()).isZero();

        steps.post("admin", "/imports/" + id + "/run");
        String next = steps.awaitJob("admin", id);

        assertThat(next).isEqualTo("/imports/" + id + "/result");
        String result = steps.page("admin", next);
        assertThat(result).contains("id=\"import-done\"", "2 rows imported");
        assertThat(number(result, "count-create")).isEqualTo("2");
        assertThat(count()).isEqualTo(2);
        String history = steps.page("admin", "/imports");
        assertThat(history).contains("customers.csv", "Create new records only");
        long batch = jdbc.queryForObject("select max(id) from import_batch", Long.class);

        MvcResult undone = steps.post("admin", "/imports/batches/" + batch + "/undo");

        assertThat(undone.getFlashMap().get("flash")).isEqualTo("import.web.undone");
        assertThat(count()).isZero();
        assertThat(steps.page("admin", "/imports")).contains("undone ").doesNotContain("class=\"btn btn-sm btn-outline-danger undo\"");
    }

    @Test
    void anUndoThatIsRefusedSaysWhy() throws Exception {
        String id = steps.uploaded("admin", "customers", HEADER + "K-1,ORGANISATION,Acme,,,,,rep1,\n");
        steps.check("admin", id, "CREATE", AS_MATCHED);
        steps.post("admin", "/imports/" + id + "/run");
        steps.awaitJob("admin", id);
        long batch = jdbc.queryForObject("select max(id) from import_batch", Long.class);
        jdbc.update("update customer set name = 'Changed', version = version + 1 where customer_number = 'K-1'");

        MvcResult refused = steps.post("admin", "/imports/batches/" + batch + "/undo");

        assertThat((String) refused.getFlashMap().get("flashProblemText")).contains("changed since the import", "K-1");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void anImportIsRefusedUntilItsDryRunIsClean() throws Exception {
        String id = steps.uploaded("admin", "customers", HEADER + "K-1,PERSON,Acme,,,,,rep1,\n");
        steps.check("admin", id, "CREATE", AS_MATCHED);

        MvcResult refused = steps.post("admin", "/imports/" + id + "/run");

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/imports/" + id + "/report");
        assertThat(jdbc.queryForObject("select count(*) from import_batch", Long.class)).isZero();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from customer where customer_number like 'K-%'", Long.class);
    }

    /** The field selected for column {@code i} of the mapping page ("" for none). */
    static String selected(String html, int i) {
        int select = html.indexOf("id=\"field-" + i + "\"");
        int end = html.indexOf("</select>", select);
        String options = html.substring(select, end);
        int at = options.indexOf("selected=\"selected\"");
        if (at < 0) {
            return "";
        }
        int value = options.lastIndexOf("value=\"", at) + 7;
        return options.substring(value, options.indexOf('"', value));
    }

    static String number(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        int start = html.indexOf('>', at) + 1;
        return html.substring(start, html.indexOf('<', start));
    }
}
