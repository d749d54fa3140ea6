package org.idic.crm.app.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.idic.crm.domain.testsupport.Scenario;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Turns an endpoint ("POST /orders/{id}") into a concrete request against a fixture book, with a form
 * that would be accepted (so that a refused request is refused for the right reason), and says whether
 * the answer let the caller through.
 */
final class Probe {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    Probe(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    MvcResult send(String endpoint, Scenario.Book book, MockHttpSession session) throws Exception {
        return send(endpoint, book, session, true);
    }

    /** The same request with no CSRF token on a POST (a forged cross-site form). */
    MvcResult sendWithoutCsrfToken(String endpoint, Scenario.Book book, MockHttpSession session) throws Exception {
        return send(endpoint, book, session, false);
    }

    /** The request with its accepted form changed first (a field left out, a value garbled). */
    MvcResult sendEdited(String endpoint, Scenario.Book book, MockHttpSession session,
            UnaryOperator<Map<String, String>> edit) throws Exception {
        return send(endpoint, book, session, true, edit);
    }

    private MvcResult send(String endpoint, Scenario.Book book, MockHttpSession session, boolean withToken)
            throws Exception {
        return send(endpoint, book, session, withToken, UnaryOperator.identity());
    }

    private MvcResult send(String endpoint, Scenario.Book book, MockHttpSession session, boolean withToken,
            UnaryOperator<Map<String, String>> edit) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (pattern.startsWith("/customers/views/{id}")) {
            // a saved view is its user's own: the probe asks about one of the signed-in user's views
            pattern = pattern.replace("{id}", String.valueOf(viewOf(session)));
        }
        if (pattern.startsWith("/imports/")) {
            // an upload and an import are their user's own: the probe asks about the signed-in user's
            pattern = ImportProbes.target(pattern, mvc, jdbc, session);
        }

        String url = AdminForms.target(pattern, jdbc, url(pattern, book)).replace("/segmentation/runs/0",
                "/segmentation/runs/" + jdbc.queryForObject("select coalesce(max(id), 0) from segmentation_run", Long.class));
        MockHttpServletRequestBuilder request = method.equals("POST") ? post(url) : get(url);
        if (method.equals("POST") && withToken) {
            request.with(csrf());
        }
        if (method.equals("POST")) {
            edit.apply(form(pattern, book)).forEach(request::param);
        }
        if (method.equals("GET") && pattern.endsWith("/export")) {
            // an export needs a format; without one it would be a 400 that says nothing about access
            request.param("format", "csv");
        }
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn();
    }

    /**
     * Whether security and ownership let the request through (whatever the handler then said). A server
     * error is neither admitted nor refused: it fails the probe, since a crash hides what access would be.
     */
    static boolean admitted(MvcResult result) {
        int status = result.getResponse().getStatus();
        // (the error page itself, asked for directly, reports the 500 of "no error to show")
        if (status >= 500 && !"/error".equals(result.getRequest().getRequestURI())) {
            throw new AssertionError(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()
                    + " answered " + status);
        }
        String location = result.getResponse().getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        return status != 401 && status != 403 && status != 404 && !toLogin;
    }

    static boolean sentToLogin(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return result.getResponse().getStatus() == 302 && location != null && location.endsWith("/login");
    }

    /** A saved view of the session's user (made for the probe), or 0 with no one signed in. */
    private long viewOf(MockHttpSession session) {
        Object context = session == null ? null : session.getAttribute("SPRING_SECURITY_CONTEXT");
        if (!(context instanceof org.springframework.security.core.context.SecurityContext security)
                || security.getAuthentication() == null) {
            return 0;
        }
        return jdbc.queryForObject("""
                insert into saved_view (user_id, list_name, name, query, columns, created_at, updated_at)
                select id, 'customers', 'Probe ' || gen_random_uuid(), 'tier=MVC', '{}', now(), now()
                from app_user where username = ? returning id""", Long.class, security.getAuthentication().getName());
    }

    static String url(String pattern, Scenario.Book book) {
        String[] parts = pattern.split("/");
        String root = parts.length > 1 ? parts[1] : "";
        Long id = switch (root) {
            case "customers" -> book.customer();
            case "contacts" -> book.contact();
            case "orders" -> book.order();
            case "interactions" -> book.interaction();
            case "complaints" -> book.complaint();
            case "products" -> book.product();
            default -> 0L;
        };
        return pattern.replace("{customerId}", book.customer().toString()).replace("{id}", id.toString())
                .replace("{requiredMetricName}", "jvm.memory.used").replace("/**", "/liveness")
                .replace("{version}", "1").replace("{name}", "tiers").replace("{kind}", "customers").replace("{key}", AdminForms.PLAYBOOK);
    }

    Map<String, String> form(String pattern, Scenario.Book book) {
        if (pattern.startsWith("/admin/")) {
            return AdminForms.of(pattern, jdbc);
        }
        Map<String, String> form = new LinkedHashMap<>();
        if (pattern.startsWith("/customers/bulk")) {
            // tag the book's customer (the change itself finds the confirmed selection changed: the probe
            // sends no fingerprint of it, so nothing is changed)
            form.put("ids", book.customer().toString());
            form.put("bulkAction", "ADD_TAG");
            form.put("bulkTag", "probe");
            form.put("fingerprint", "none");
            return form;
        }
        if (pattern.startsWith("/customers/views")) {
            form.put("name", "Probe view " + System.nanoTime());
            form.put("query", "tier=MVC");
            return form;
        }
        String[] parts = pattern.split("/");
        String root = parts.length > 1 ? parts[1] : "";
        String target = pattern.contains("{customerId}") ? pattern.substring(pattern.lastIndexOf('/') + 1) : root;
        Long id = switch (root) {
            case "contacts" -> book.contact();
            case "orders" -> book.order();
            case "interactions" -> book.interaction();
            case "complaints" -> book.complaint();
            case "products" -> book.product();
            default -> book.customer();
        };
        String table = switch (root) {
            case "contacts" -> "contact";
            case "orders" -> "customer_order";
            case "interactions" -> "interaction";
            case "complaints" -> "complaint";
            case "products" -> "product";
            default -> "customer";
        };
        Long version = jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
        form.put("version", String.valueOf(version));
        switch (target) {
            case "orders" -> {
                form.put("orderDate", "2026-01-02");
                form.put("status", "COMPLETED");
                form.put("channel", "ONLINE");
                form.put("amount", "99.00");
            }
            case "interactions" -> {
                form.put("channel", "PHONE");
                form.put("direction", "OUTBOUND");
                form.put("purpose", "CARE");
                form.put("occurredAt", "2026-01-02T10:00");
                form.put("summary", "Probe");
            }
            case "complaints" -> {
                form.put("receivedAt", "2026-01-02T10:00");
                form.put("channel", "PHONE");
                form.put("category", "SERVICE");
                form.put("severity", "LOW");
                form.put("description", "Probe");
                form.put("reason", "Probe");
                form.put("resolution", "Probe");
                form.put("compensationCost", "1");
                form.put("satisfaction", "4");
            }
            case "products" -> {
                form.put("sku", "PROBE-" + System.nanoTime());
                form.put("name", "Probe");
                form.put("listPrice", "1");
                form.put("active", "true");
            }
            case "language" -> form.put("lang", "en");
            default -> {
                form.put("kind", "INDIVIDUAL");
                form.put("name", "Probe");
                form.put("ownerId", jdbc.queryForObject("select id from app_user where username = 'rep2'", Long.class)
                        .toString());
            }
        }
        return form;
    }
}
