package org.idic.crm.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.imports.ImportPageTest.selected;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.Imports;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Contacts and interactions on the import page: in the kind choice, with templates in both languages that import. */
@WebIntegrationTest
class ImportKindsPageTest {

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
    void contactsAndInteractionsAreOfferedToAdministratorsAndManagersWithTheirTemplates() throws Exception {
        String admin = steps.page("admin", "/imports");
        assertThat(admin).contains("value=\"contacts\"", "value=\"interactions\"", "/imports/templates/contacts",
                "/imports/templates/interactions", ">Contacts<", ">Interactions<");
        String manager = steps.page("manager1", "/imports");
        assertThat(manager).contains("value=\"contacts\"", "value=\"interactions\"").doesNotContain("value=\"products\"");
        String chinese = new String(mvc.perform(get("/imports").with(as(accounts, "manager1"))
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(chinese).contains(">联系人<", ">客户互动<");
    }

    @Test
    void theEnglishTemplatesNameEveryFieldOfTheKind() throws Exception {
        for (ImportKind kind : List.of(ImportKind.CONTACTS, ImportKind.INTERACTIONS)) {
            String template = mvc.perform(get("/imports/templates/" + kind.name().toLowerCase())
                    .with(as(accounts, "manager1"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(template.lines().findFirst().orElseThrow()).as(kind.name())
                    .isEqualTo("\uFEFF" + String.join(",", Imports.fields(kind)));
            assertThat(template.lines().count()).as(kind.name()).isEqualTo(2);
        }
    }

    /** The Chinese template's headers are matched to every field and its example row imports cleanly. */
    @Test
    void theChineseTemplatesAreMatchedColumnByColumnAndTheirExamplesAreClean() throws Exception {
        Long customer = scenario.customerOf("rep1", "王伟");
        jdbc.update("update customer set customer_number = 'C-1002' where id = ?", customer);
        for (ImportKind kind : List.of(ImportKind.CONTACTS, ImportKind.INTERACTIONS)) {
            String name = kind.name().toLowerCase();
            byte[] template = mvc.perform(get("/imports/templates/" + name).with(as(accounts, "admin"))
                    .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(template, StandardCharsets.UTF_8)).contains("客户编号");

            String id = steps.upload("admin", name, "template.csv", template).getResponse().getRedirectedUrl()
                    .substring("/imports/".length());
            String page = steps.page("admin", "/imports/" + id);
            List<String> fields = Imports.fields(kind);
            for (int i = 0; i < fields.size(); i++) {
                assertThat(selected(page, i)).as(name + " column " + i).isEqualTo(fields.get(i));
            }
            String report = steps.check("admin", id, "CREATE", fields);
            assertThat(report).as(name).contains("id=\"check-clean\"");
        }
    }
}
