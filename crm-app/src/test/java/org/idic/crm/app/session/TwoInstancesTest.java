package org.idic.crm.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.idic.crm.CrmApplication;
import org.idic.crm.domain.segmentation.SettingsVersions;
import org.idic.crm.domain.testsupport.Browser;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ClassUtils;

/**
 * Issue 12, several instances behind a load balancer: two instances of the CRM on one database share the
 * sign-in sessions (Spring Session JDBC). Signed in on A, the same cookie and the CSRF token of a page
 * from A work on B; a run started on A shows its progress on B; A restarted still knows the session.
 * The drill "the schedule runs once": both instances see the same firing of the schedule, one run.
 */
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The settings' schedule fires at 02:00 UTC on 30 November (never while the test runs, in real time). */
    private static final String NOVEMBER_30_AT_TWO = "0 0 2 30 11 *";
    private static final Instant BEFORE_TWO = Instant.parse("2026-11-30T01:59:30Z");

    private static TestDatabase.Connection db;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        db = TestDatabase.newDatabase();
        a = start(db);
        b = start(db);
    }

    @AfterAll
    static void stopThem() {
        b.close();
        a.close();
    }

    @Test
    void aSessionStartedOnOneInstanceWorksOnTheOtherAndSurvivesARestart() throws Exception {
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
    }

    /**
     * Each instance checks the schedule once a minute at its own moment, so both see the same firing: A
     * ten seconds after it (and runs it, to the end, on the checking thread), B fifty seconds after. The
     * ShedLock row A left makes B skip it: one run, not two.
     */
    @Test
    void bothInstancesSeeTheSameFiringOfTheScheduleAndItRunsOnce() {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        // a run started by the other test (or by the demo's first start) ends first
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                "select count(*) from segmentation_run where status = 'RUNNING'", Integer.class) == 0);
        SettingsVersions settings = a.getBean(SettingsVersions.class);
        settings.save(a.getBean(Scenario.class).actor("admin"), settings.current().settings(), NOVEMBER_30_AT_TWO);

        check(a, BEFORE_TWO, BEFORE_TWO.plusSeconds(40));
        check(b, BEFORE_TWO.plusSeconds(20), BEFORE_TWO.plusSeconds(80));

        assertThat(jdbc.queryForList("select status from segmentation_run where trigger = 'SCHEDULE'",
                String.class)).as("the scheduled runs of that firing").containsExactly("SUCCEEDED");
    }

    /** The schedule's own check of (since, now], as its timer calls it (the class is its module's own). */
    private static void check(ConfigurableApplicationContext app, Instant since, Instant now) {
        Object schedule = app.getBean(ClassUtils.resolveClassName(
                "org.idic.crm.domain.segmentation.internal.SegmentationSchedule", null));
        ReflectionTestUtils.invokeMethod(schedule, "check", since, now);
    }

    private static ConfigurableApplicationContext start(TestDatabase.Connection db) {
        return new SpringApplicationBuilder(CrmApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--spring.datasource.hikari.maximum-pool-size=4",
                "--crm.demo.enabled=true", "--crm.demo.book=false", "--crm.time-zone=UTC");
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
