package org.idic.crm.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.testsupport.Events;
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
 * Every URL that takes the id of a customer, or of something that hangs off one, probed by the owner
 * (rep1), a rep of the same team (rep2), a rep of the other team (rep3), the owner's manager
 * (manager1), the other manager (manager2) and an administrator. Outsiders get 404 and change nothing.
 */
// MockMvc's MockHttpSession is the container's session, which Spring Session's filter does not read (it
// finds sessions by cookie): these tests run on the container's sessions; sessions in the database are
// tested by TwoInstancesTest and the browser tests
@SpringBootTest(properties = {"crm.demo.enabled=true", "spring.autoconfigure.exclude="
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration"})
@AutoConfigureMockMvc
@WithTestDatabase
class OwnershipProbeTest {

    static final List<String> INSIDERS = List.of("rep1", "manager1", "admin");
    static final List<String> OUTSIDERS = List.of("rep2", "rep3", "manager2");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    Map<String, MockHttpSession> sessions;

    @BeforeEach
    void signIn() throws Exception {
        scenario.reset();
        sessions = new java.util.HashMap<>();
        for (String user : List.of("rep1", "rep2", "rep3", "manager1", "manager2", "admin")) {
            sessions.put(user, (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo1234"))
                    .andReturn().getRequest().getSession());
        }
    }

    @Test
    void outsidersGetNotFoundAndChangeNothingOnEveryCustomerUrl() throws Exception {
        Probe probe = new Probe(mvc, jdbc);
        List<String> ownershipEndpoints = Endpoints.of(context).stream().filter(OwnershipProbeTest::customerScoped)
                .toList();
        assertThat(ownershipEndpoints).hasSizeGreaterThan(25);
        List<String> wrong = new ArrayList<>();
        for (String endpoint : ownershipEndpoints) {
            for (String outsider : OUTSIDERS) {
                Scenario.Book book = scenario.bookOf("rep1");
                String before = scenario.fingerprint();
                MvcResult result = probe.send(endpoint, book, sessions.get(outsider));
                if (result.getResponse().getStatus() != 404 || !before.equals(scenario.fingerprint())) {
                    wrong.add(outsider + " " + endpoint + " -> " + result.getResponse().getStatus());
                }
            }
            for (String insider : INSIDERS) {
                MvcResult result = probe.send(endpoint, scenario.bookOf("rep1"), sessions.get(insider));
                boolean roleRestricted = (endpoint.endsWith("/delete") && endpoint.startsWith("POST /customers")
                        && !insider.equals("admin")) || (endpoint.endsWith("/reassign") && insider.equals("rep1"));
                int status = result.getResponse().getStatus();
                if (roleRestricted ? status != 403 : !Probe.admitted(result)) {
                    wrong.add(insider + " " + endpoint + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refusedAttemptsOnExistingRecordsAreAudited() throws Exception {
        Scenario.Book book = scenario.bookOf("rep1");
        Events.clearAuditTrail(jdbc);

        new Probe(mvc, jdbc).send("POST /orders/{id}", book, sessions.get("rep3"));

        assertThat(jdbc.queryForList("select actor || ' ' || entity_type || ' ' || entity_id from audit_event"
                + " where action = 'ACCESS_DENIED'", String.class)).containsExactly("rep3 order " + book.order());
    }

    @Test
    void listsExportsAndHomePagesShowOnlyWhatEachUserMaySee() throws Exception {
        scenario.bookOf("rep1");
        jdbc.update("update customer set name = 'Zebra Unique Trading'");
        for (String user : List.of("rep1", "rep2", "rep3", "manager1", "manager2", "admin")) {
            String list = mvc.perform(get("/customers").param("q", "Zebra").session(sessions.get(user))).andReturn()
                    .getResponse().getContentAsString();
            String home = mvc.perform(get("/").session(sessions.get(user))).andReturn().getResponse()
                    .getContentAsString();
            String export = mvc.perform(get("/customers/export").param("format", "csv").param("q", "Zebra")
                    .session(sessions.get(user))).andReturn().getResponse().getContentAsString(
                            java.nio.charset.StandardCharsets.UTF_8);
            boolean insider = INSIDERS.contains(user);
            assertThat(list.contains("Zebra Unique Trading")).as(user + " list").isEqualTo(insider);
            assertThat(export.contains("Zebra Unique Trading")).as(user + " export").isEqualTo(insider);
            if (!insider) {
                assertThat(home).as(user + " home").doesNotContain("Zebra Unique Trading");
            }
        }
    }

    @Test
    void aChangeOfManyCustomersWithOneOutsideTheScopeIsNotFoundAndChangesNothing() throws Exception {
        Probe probe = new Probe(mvc, jdbc);
        List<String> wrong = new ArrayList<>();
        for (String endpoint : List.of("POST /customers/bulk/preview", "POST /customers/bulk")) {
            for (String outsider : OUTSIDERS) {
                Scenario.Book book = scenario.bookOf("rep1");
                String before = scenario.fingerprint();
                MvcResult result = probe.send(endpoint, book, sessions.get(outsider));
                if (result.getResponse().getStatus() != 404 || !before.equals(scenario.fingerprint())) {
                    wrong.add(outsider + " " + endpoint + " -> " + result.getResponse().getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theComplaintsListAndItsExportShowOnlyWhatEachUserMaySee() throws Exception {
        scenario.bookOf("rep1");
        jdbc.update("update customer set name = 'Zebra Unique Trading'");
        for (String user : List.of("rep1", "rep2", "rep3", "manager1", "manager2", "admin")) {
            String list = mvc.perform(get("/complaints").session(sessions.get(user))).andReturn().getResponse()
                    .getContentAsString();
            String export = mvc.perform(get("/complaints/export").param("format", "csv").session(sessions.get(user)))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            boolean insider = INSIDERS.contains(user);
            assertThat(list.contains("Zebra Unique Trading")).as(user + " list").isEqualTo(insider);
            assertThat(export.contains("Zebra Unique Trading")).as(user + " export").isEqualTo(insider);
        }
    }

    static boolean customerScoped(String endpoint) {
        return endpoint.matches("(GET|POST) /(customers/\\{(id|customerId)}|contacts/\\{id}|orders/\\{id}"
                + "|interactions/\\{id}|complaints/\\{id}).*");
    }
}
