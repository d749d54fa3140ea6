package org.idic.crm.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * Issue 12, finding 2: every POST endpoint of the access matrix, sent by the administrator (who may call
 * them all) with each field it reads left out, blank or garbled, answers with the form and its field
 * errors, a redirect with a message, or a 400 page: never a server error. The fields come from the
 * handler methods themselves ({@link FormFields}), so a new form field is probed without being listed.
 */
// MockMvc's MockHttpSession is the container's session, which Spring Session's filter does not read (it
// finds sessions by cookie): these tests run on the container's sessions; sessions in the database are
// tested by TwoInstancesTest and the browser tests
@SpringBootTest(properties = {"crm.demo.enabled=true", "spring.autoconfigure.exclude="
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration"})
@AutoConfigureMockMvc
@WithTestDatabase
class BadFormInputTest {

    /** Values a hand-edited or broken client may send for any field. */
    static final List<String> GARBLED = List.of("x", "-99999999999999999999999.9");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    private Scenario.Book book;

    @BeforeEach
    void book() {
        scenario.reset();
    }

    @Test
    void reassigningWithoutAnOwnerGivesTheCustomerPageWithAMessageNotAServerError() throws Exception {
        Probe probe = new Probe(mvc, jdbc);
        MvcResult result = probe.sendEdited("POST /customers/{id}/reassign", scenario.bookOf("rep1"), login(),
                form -> without(form, "ownerId"));
        assertThat(result.getResponse().getStatus()).isLessThan(500);
    }

    @Test
    void everyPostEndpointAnswersAMissingOrGarbledFieldWithoutAServerError() throws Exception {
        Probe probe = new Probe(mvc, jdbc);
        MockHttpSession admin = login();
        Map<String, Set<String>> fields = FormFields.ofPostEndpoints(context);
        List<String> posts = AccessMatrixTest.EXPECTED.keySet().stream().filter(e -> e.startsWith("POST ")).sorted()
                .toList();
        assertThat(fields.keySet()).containsAll(posts);
        List<String> failures = new ArrayList<>();
        for (String endpoint : posts) {
            Set<String> names = new TreeSet<>(fields.get(endpoint));
            book = scenario.bookOf("rep1");
            // the settings form's forty values[...] fields are all read by one binder; three stand for them
            probe.form(endpoint.substring(5), book).keySet().stream().filter(n -> !n.startsWith("values["))
                    .forEach(names::add);
            probe.form(endpoint.substring(5), book).keySet().stream().filter(n -> n.startsWith("values["))
                    .limit(3).forEach(names::add);
            check(probe, admin, endpoint, "no fields at all", form -> new LinkedHashMap<>(), failures);
            for (String name : names) {
                check(probe, admin, endpoint, "without " + name, form -> without(form, name), failures);
                for (String value : GARBLED) {
                    check(probe, admin, endpoint, name + "=" + value, form -> with(form, name, value), failures);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private void check(Probe probe, MockHttpSession admin, String endpoint, String change,
            java.util.function.UnaryOperator<Map<String, String>> edit, List<String> failures) throws Exception {
        MvcResult result;
        try {
            // a delete or a complaint's step uses its record up: those get a fresh one each time
            if (endpoint.endsWith("/delete") || endpoint.startsWith("POST /complaints/")) {
                book = scenario.bookOf("rep1");
            }
            result = probe.sendEdited(endpoint, book, admin, edit);
        } catch (Exception | AssertionError e) {
            failures.add(endpoint + " " + change + " -> " + e);
            return;
        }
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            failures.add(endpoint + " " + change + " -> " + status);
            System.out.println("FAILED: " + endpoint + " " + change + " -> " + status);
        }
    }

    private static Map<String, String> without(Map<String, String> form, String name) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.remove(name);
        return changed;
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(name, value);
        return changed;
    }

    private MockHttpSession login() throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password("demo1234")).andReturn()
                .getRequest().getSession();
    }
}
