package org.idic.crm.app.access;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every request mapping of the application against the role table below: a new endpoint that is not in
 * the table fails this test, so every page is born with its access rule. Each request runs against a
 * fresh customer of rep1 (the rep in these probes), so rep1, manager1 and the admin may see it.
 */
// MockMvc's MockHttpSession is the container's session, which Spring Session's filter does not read (it
// finds sessions by cookie): these tests run on the container's sessions; sessions in the database are
// tested by TwoInstancesTest and the browser tests
@SpringBootTest(properties = {"crm.demo.enabled=true", "spring.autoconfigure.exclude="
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration"})
@AutoConfigureMockMvc
@WithTestDatabase
class AccessMatrixTest {

    /** Who may call an endpoint. */
    enum Access {
        PUBLIC, ANY_USER, STAFF, ADMIN
    }

    static final Map<String, Access> EXPECTED = Map.ofEntries(
            entry("* /error", Access.PUBLIC),
            entry("GET /login", Access.PUBLIC),
            entry("POST /preferences/language", Access.PUBLIC),
            entry("GET /actuator/health", Access.PUBLIC),
            entry("GET /actuator/health/**", Access.PUBLIC),
            entry("GET /actuator", Access.ADMIN),
            entry("GET /actuator/info", Access.ADMIN),
            entry("GET /actuator/prometheus", Access.ADMIN),
            entry("GET /actuator/metrics", Access.ADMIN),
            entry("GET /actuator/metrics/{requiredMetricName}", Access.ADMIN),
            entry("GET /admin/users", Access.ADMIN),
            entry("GET /admin/users/new", Access.ADMIN),
            entry("POST /admin/users", Access.ADMIN),
            entry("GET /admin/users/{id}/edit", Access.ADMIN),
            entry("POST /admin/users/{id}", Access.ADMIN),
            entry("POST /admin/users/{id}/disable", Access.ADMIN),
            entry("POST /admin/users/{id}/enable", Access.ADMIN),
            entry("POST /admin/users/{id}/password", Access.ADMIN),
            entry("GET /admin/teams", Access.ADMIN),
            entry("POST /admin/teams", Access.ADMIN),
            entry("POST /admin/teams/{id}", Access.ADMIN),
            entry("POST /admin/teams/{id}/delete", Access.ADMIN),
            entry("GET /team", Access.STAFF),
            entry("GET /audit", Access.STAFF),
            entry("GET /audit/export", Access.STAFF),
            entry("GET /account/password", Access.ANY_USER),
            entry("POST /account/password", Access.ANY_USER),
            entry("GET /admin/segmentation", Access.ADMIN),
            entry("POST /admin/segmentation", Access.ADMIN),
            entry("POST /admin/segmentation/preview", Access.ADMIN),
            entry("GET /admin/segmentation/versions", Access.ADMIN),
            entry("GET /admin/segmentation/versions/{version}", Access.ADMIN),
            entry("POST /admin/segmentation/versions/{version}/restore", Access.ADMIN),
            entry("GET /admin/playbooks", Access.ADMIN),
            entry("GET /admin/playbooks/{key}", Access.ADMIN),
            entry("POST /admin/playbooks/{key}", Access.ADMIN),
            entry("GET /", Access.ANY_USER),
            entry("GET /customers", Access.ANY_USER),
            entry("GET /customers/export", Access.ANY_USER),
            entry("POST /customers/columns", Access.ANY_USER),
            entry("POST /customers/bulk/preview", Access.ANY_USER),
            entry("POST /customers/bulk", Access.ANY_USER),
            entry("GET /customers/views", Access.ANY_USER),
            entry("POST /customers/views", Access.ANY_USER),
            entry("POST /customers/views/{id}/apply", Access.ANY_USER),
            entry("POST /customers/views/{id}/rename", Access.ANY_USER),
            entry("POST /customers/views/{id}/delete", Access.ANY_USER),
            entry("GET /complaints", Access.ANY_USER),
            entry("GET /complaints/export", Access.ANY_USER),
            entry("GET /customers/new", Access.ANY_USER),
            entry("POST /customers", Access.ANY_USER),
            entry("GET /customers/{id}", Access.ANY_USER),
            entry("GET /customers/{id}/edit", Access.ANY_USER),
            entry("POST /customers/{id}", Access.ANY_USER),
            entry("POST /customers/{id}/reassign", Access.STAFF),
            entry("POST /customers/{id}/delete", Access.ADMIN),
            entry("GET /customers/{customerId}/contacts/new", Access.ANY_USER),
            entry("POST /customers/{customerId}/contacts", Access.ANY_USER),
            entry("GET /contacts/{id}/edit", Access.ANY_USER),
            entry("POST /contacts/{id}", Access.ANY_USER),
            entry("POST /contacts/{id}/delete", Access.ANY_USER),
            entry("GET /customers/{customerId}/orders/new", Access.ANY_USER),
            entry("POST /customers/{customerId}/orders", Access.ANY_USER),
            entry("GET /orders/{id}", Access.ANY_USER),
            entry("GET /orders/{id}/edit", Access.ANY_USER),
            entry("POST /orders/{id}", Access.ANY_USER),
            entry("GET /customers/{customerId}/interactions/new", Access.ANY_USER),
            entry("POST /customers/{customerId}/interactions", Access.ANY_USER),
            entry("GET /interactions/{id}/edit", Access.ANY_USER),
            entry("POST /interactions/{id}", Access.ANY_USER),
            entry("POST /interactions/{id}/follow-up-done", Access.ANY_USER),
            entry("POST /interactions/{id}/delete", Access.ANY_USER),
            entry("GET /customers/{customerId}/complaints/new", Access.ANY_USER),
            entry("POST /customers/{customerId}/complaints", Access.ANY_USER),
            entry("GET /complaints/{id}", Access.ANY_USER),
            entry("POST /complaints/{id}/validate", Access.ANY_USER),
            entry("POST /complaints/{id}/reject", Access.ANY_USER),
            entry("POST /complaints/{id}/resolution", Access.ANY_USER),
            entry("POST /complaints/{id}/follow-up", Access.ANY_USER),
            entry("GET /segmentation/runs", Access.STAFF),
            entry("POST /segmentation/runs", Access.STAFF),
            entry("GET /segmentation/runs/{id}", Access.STAFF),
            entry("GET /segmentation/runs/{id}/progress", Access.STAFF),
            entry("GET /reports", Access.ANY_USER),
            entry("GET /reports/tiers", Access.ANY_USER),
            entry("GET /reports/pareto", Access.ANY_USER),
            entry("GET /reports/rfm", Access.ANY_USER),
            entry("GET /reports/value-matrix", Access.ANY_USER),
            entry("GET /reports/lifecycle", Access.ANY_USER),
            entry("GET /reports/migration", Access.ANY_USER),
            entry("GET /reports/team", Access.ANY_USER),
            entry("GET /reports/{name}/export", Access.ANY_USER),
            entry("GET /products", Access.ANY_USER),
            entry("GET /products/new", Access.ADMIN),
            entry("POST /products", Access.ADMIN),
            entry("GET /products/{id}/edit", Access.ADMIN),
            entry("POST /products/{id}", Access.ADMIN),
            entry("GET /imports", Access.STAFF),
            entry("POST /imports", Access.STAFF),
            entry("GET /imports/templates/{kind}", Access.STAFF),
            entry("POST /imports/batches/{id}/undo", Access.STAFF),
            entry("GET /imports/{upload}", Access.STAFF),
            entry("POST /imports/{upload}/sheet", Access.STAFF),
            entry("POST /imports/{upload}/mapping", Access.STAFF),
            entry("GET /imports/{upload}/progress", Access.STAFF),
            entry("GET /imports/{upload}/progress/panel", Access.STAFF),
            entry("POST /imports/{upload}/cancel", Access.STAFF),
            entry("GET /imports/{upload}/report", Access.STAFF),
            entry("POST /imports/{upload}/duplicates", Access.STAFF),
            entry("POST /imports/{upload}/run", Access.STAFF),
            entry("GET /imports/{upload}/result", Access.STAFF),
            entry("GET /imports/{upload}/rejected", Access.STAFF));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.idic.crm.domain.segmentation.SegmentationRuns runs;

    @BeforeEach
    void users() {
        // a run started by the previous test's POST /segmentation/runs may still be going in the background
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from segmentation_run where status = 'RUNNING'", Long.class) == 0);
        scenario.reset();
        scenario.bookOf("rep1");
        // the user and the team the administration probes change, there before any probe's fingerprint
        AdminForms.probeUser(jdbc);
        AdminForms.probeTeam(jdbc);
        runs.runNow(org.idic.crm.domain.segmentation.RunTrigger.COMMAND, null, "access test");
    }

    @Test
    void everyEndpointOfTheApplicationHasAnAccessRule() {
        assertThat(Endpoints.of(context)).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void everyEndpointAdmitsExactlyTheRolesOfTheTable() throws Exception {
        Probe probe = new Probe(mvc, jdbc);
        Map<String, MockHttpSession> sessions = Map.of("rep1", login("rep1"), "manager1", login("manager1"),
                "admin", login("admin"));
        List<String> wrong = new ArrayList<>();
        for (var rule : EXPECTED.entrySet()) {
            String endpoint = rule.getKey();
            MvcResult anonymous = probe.send(endpoint, scenario.bookOf("rep1"), null);
            if ((rule.getValue() == Access.PUBLIC) != Probe.admitted(anonymous)
                    || (rule.getValue() != Access.PUBLIC && !Probe.sentToLogin(anonymous)
                        && !endpoint.startsWith("GET /actuator"))) {
                wrong.add("anonymous " + endpoint + " -> " + anonymous.getResponse().getStatus());
            }
            for (String user : List.of("rep1", "manager1", "admin")) {
                boolean expected = switch (rule.getValue()) {
                    case PUBLIC, ANY_USER -> true;
                    case STAFF -> !user.equals("rep1");
                    case ADMIN -> user.equals("admin");
                };
                MvcResult result = probe.send(endpoint, scenario.bookOf("rep1"), sessions.get(user));
                if (Probe.admitted(result) != expected) {
                    wrong.add(user + " " + endpoint + " -> " + result.getResponse().getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyStateChangeWithoutACsrfTokenIsRefusedAndChangesNothing() throws Exception {
        Probe probe = new Probe(mvc, jdbc);
        MockHttpSession admin = login("admin");
        List<String> posts = EXPECTED.keySet().stream().filter(e -> e.startsWith("POST ")).sorted().toList();
        assertThat(posts).hasSizeGreaterThan(20);
        List<String> wrong = new ArrayList<>();
        for (String endpoint : posts) {
            Scenario.Book book = scenario.bookOf("rep1");
            String before = everything();
            MvcResult result = probe.sendWithoutCsrfToken(endpoint, book, admin);
            if (result.getResponse().getStatus() != 403 || !before.equals(everything())) {
                wrong.add(endpoint + " -> " + result.getResponse().getStatus());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The customers' records plus settings, playbooks, runs and users' preferences. */
    private String everything() {
        return scenario.fingerprint() + jdbc.queryForObject("""
                select md5(coalesce((select string_agg(version::text, ',' order by version) from segmentation_settings), '')
                    || coalesce((select string_agg(key || text_en || text_zh, '|' order by key) from playbook), '')
                    || (select count(*) from segmentation_run)
                    || coalesce((select string_agg(username || coalesce(locale, '') || enabled || role || coalesce(team_id, 0)
                        || display_name || password_hash, ',' order by id) from app_user), '')
                    || coalesce((select string_agg(name || version, ',' order by id) from team), ''))""",
                String.class);
    }

    @Test
    void theAdministrationProbesSendFormsThatAreAccepted() throws Exception {
        Probe probe = new Probe(mvc, jdbc);
        MockHttpSession admin = login("admin");
        for (String endpoint : List.of("POST /admin/segmentation", "POST /admin/segmentation/versions/{version}/restore",
                "POST /admin/playbooks/{key}", "POST /admin/users", "POST /admin/users/{id}",
                "POST /admin/users/{id}/disable", "POST /admin/users/{id}/enable", "POST /admin/users/{id}/password",
                "POST /admin/teams", "POST /admin/teams/{id}", "POST /admin/teams/{id}/delete")) {
            MvcResult result = probe.send(endpoint, scenario.bookOf("rep1"), admin);
            assertThat(result.getResponse().getStatus()).as(endpoint).isEqualTo(302);
            assertThat(result.getFlashMap().get("flash")).as(endpoint).isNotNull();
        }
        assertThat(probe.send("POST /admin/segmentation/preview", scenario.bookOf("rep1"), admin).getResponse()
                .getContentAsString()).contains("id=\"preview\"");
    }

    @Test
    void theExportProbesDownloadAFile() throws Exception {
        Probe probe = new Probe(mvc, jdbc);
        MockHttpSession admin = login("admin");
        List<String> exports = EXPECTED.keySet().stream().filter(e -> e.startsWith("GET ") && e.endsWith("/export"))
                .toList();
        assertThat(exports).isNotEmpty();
        for (String endpoint : exports) {
            MvcResult result = probe.send(endpoint, scenario.bookOf("rep1"), admin);
            assertThat(result.getResponse().getStatus()).as(endpoint).isEqualTo(200);
            assertThat(result.getResponse().getHeader("Content-Disposition")).as(endpoint).startsWith("attachment;");
        }
    }

    private MockHttpSession login(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo1234")).andReturn()
                .getRequest().getSession();
    }
}
