package org.idic.crm.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.idic.crm.CrmApplication;
import org.idic.crm.domain.testsupport.Browser;
import org.idic.crm.domain.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12, several instances behind a load balancer: two instances of the CRM on one database share the
 * sign-in sessions (Spring Session JDBC). Signed in on A, the same cookie and the CSRF token of a page
 * from A work on B; a run started on A shows its progress on B; A restarted still knows the session.
 */
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSessionStartedOnOneInstanceWorksOnTheOtherAndSurvivesARestart() throws Exception {
        TestDatabase.Connection db = TestDatabase.newDatabase();
        ConfigurableApplicationContext a = start(db);
        try (ConfigurableApplicationContext b = start(db)) {
            Browser onA = new Browser(port(a));
            assertThat(onA.login("manager1", "demo1234").location()).endsWith("/");
            String cookie = onA.sessionCookie();
            assertThat(cookie).startsWith("JSESSIONID=");

            HttpResponse<String> home = get(b, "/", cookie);
            assertThat(home.statusCode()).as("signed in on A, the same session on B").isEqualTo(200);
            assertThat(home.body()).contains("You lead team");

            String tokenFromA = csrf(get(a, "/segmentation/runs", cookie).body());
            HttpResponse<String> started = post(b, "/segmentation/runs", cookie, Map.of("_csrf", tokenFromA));
            assertThat(started.statusCode()).as("a form from A posted to B").isEqualTo(302);
            String run = started.headers().firstValue("location").orElseThrow();
            assertThat(run).contains("/segmentation/runs/");
            String runPath = run.substring(run.indexOf("/segmentation/runs/"));

            HttpResponse<String> progressOnA = get(a, runPath + "/progress", cookie);
            assertThat(progressOnA.statusCode()).as("the run started through B, seen on A").isEqualTo(200);

            a.close();
            a = start(db);
            HttpResponse<String> afterRestart = get(a, "/", cookie);
            assertThat(afterRestart.statusCode()).as("A restarted: still signed in").isEqualTo(200);
            assertThat(afterRestart.body()).contains("You lead team");
        } finally {
            a.close();
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase.Connection db) {
        return new SpringApplicationBuilder(CrmApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--spring.datasource.hikari.maximum-pool-size=4",
                "--crm.demo.enabled=true", "--crm.demo.book=false");
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path, String cookie)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(app) + path))
                .header("Cookie", cookie).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext app, String path, String cookie,
            Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(app) + path))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the page has a CSRF token").isTrue();
        return m.group(1);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
