package org.idic.crm.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.idic.crm.web.imports.ImportPageTest.AS_MATCHED;
import static org.idic.crm.web.imports.ImportPageTest.HEADER;
import static org.idic.crm.web.security.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.user.UserAccounts;
import org.idic.crm.web.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Reps do not import; a manager imports for their own team and sees and undoes only their own imports. */
@WebIntegrationTest
class ImportAccessTest {

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
    void aRepIsRefusedEveryImportPage() throws Exception {
        String adminsUpload = steps.uploaded("admin", "customers", HEADER + "K-1,INDIVIDUAL,A,,,,,rep1,\n");
        for (String url : new String[] {"/imports", "/imports/templates/customers", "/imports/" + adminsUpload,
                "/imports/" + adminsUpload + "/report"}) {
            assertThat(mvc.perform(get(url).with(as(accounts, "rep1"))).andReturn().getResponse().getStatus())
                    .as(url).isEqualTo(403);
        }
        assertThat(steps.upload("rep1", "customers", "c.csv", "number\nK-1\n".getBytes(StandardCharsets.UTF_8))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(steps.post("rep1", "/imports/" + adminsUpload + "/run").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void someoneElsesUploadDoesNotExistForThem() throws Exception {
        String adminsUpload = steps.uploaded("admin", "customers", HEADER + "K-1,INDIVIDUAL,A,,,,,rep1,\n");

        assertThat(mvc.perform(get("/imports/" + adminsUpload).with(as(accounts, "manager1"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(steps.post("manager1", "/imports/" + adminsUpload + "/cancel").getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aManagerIsNotOfferedProductsAndIsToldWhenAnOwnerIsOutsideTheTeam() throws Exception {
        String start = steps.page("manager1", "/imports");
        assertThat(start).contains("value=\"customers\"", "value=\"orders\"").doesNotContain("value=\"products\"");
        assertThat(steps.upload("manager1", "products", "p.csv", "sku,name\nX,Y\n".getBytes(StandardCharsets.UTF_8))
                .getResponse().getContentAsString()).contains("Choose what the file holds.");

        String id = steps.uploaded("manager1", "customers", HEADER + "K-1,INDIVIDUAL,A,,,,,rep3,\n");
        String report = steps.check("manager1", id, "CREATE", AS_MATCHED);

        assertThat(report).contains("This owner is not in your team.", "rep3");
    }

    @Test
    void aManagerSeesAndUndoesOnlyTheirOwnImports() throws Exception {
        String id = steps.uploaded("admin", "customers", HEADER + "K-1,INDIVIDUAL,Admins,,,,,rep3,\n");
        steps.check("admin", id, "CREATE", AS_MATCHED);
        steps.post("admin", "/imports/" + id + "/run");
        steps.awaitJob("admin", id);
        long batch = jdbc.queryForObject("select max(id) from import_batch", Long.class);

        assertThat(steps.page("manager2", "/imports")).doesNotContain("id=\"batch-" + batch + "\"");
        assertThat(steps.page("admin", "/imports")).contains("id=\"batch-" + batch + "\"");
        assertThat(steps.post("manager2", "/imports/batches/" + batch + "/undo").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select undone_at is null from import_batch where id = ?", Boolean.class, batch))
                .isTrue();
    }

    @Test
    void everyImportFormWithoutItsCsrfTokenIsRefused() throws Exception {
        String id = steps.uploaded("admin", "customers", HEADER + "K-1,INDIVIDUAL,A,,,,,rep1,\n");

        assertThat(mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "c.csv", "text/csv",
                "number\nK-2\n".getBytes(StandardCharsets.UTF_8))).param("kind", "customers")
                .with(as(accounts, "admin"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        for (String action : new String[] {"mapping", "sheet", "cancel", "duplicates", "run"}) {
            assertThat(mvc.perform(post("/imports/" + id + "/" + action).with(as(accounts, "admin"))).andReturn()
                    .getResponse().getStatus()).as(action).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/imports/batches/1/undo").with(as(accounts, "admin"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        // and with it, the same form goes through
        assertThat(mvc.perform(post("/imports/" + id + "/cancel").with(as(accounts, "admin")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }
}
