package org.idic.crm.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.idic.crm.CrmApplication;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.testsupport.Browser;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The drill "graceful shutdown during an export, a run and an import": the CRM is closed as on SIGTERM
 * ({@code server.shutdown=graceful}) while two CSV downloads, a segmentation run and an import are going.
 * A download whose client keeps reading arrives whole; one whose client has stopped reading is cut when
 * the grace period ends, so that its client sees an error, never a clean end of a short file; the run
 * that cannot finish is rolled back, marked failed with its reason at the next start, and the previous
 * snapshot stays current and complete; the import still writing when the requests are done is waited for
 * and commits whole. The grace period is shortened from its 60 s to {@value #GRACE_SECONDS} s, to keep
 * the test short: what happens at its end is the same. (The next run after such a start is
 * {@link KillDuringRunDrillTest}'s.)
 */
class GracefulShutdownDrillTest {

    static final int GRACE_SECONDS = 5;
    static final int CUSTOMERS = 50_000;
    static final int IMPORTED = 2_000;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private TestDatabase.Connection db;

    @Test
    void inFlightWorkEndsWholeOrIsRolledBackAndReportedWhenTheCrmStops() throws Exception {
        db = TestDatabase.newDatabase();
        ConfigurableApplicationContext app = start();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Scenario scenario = app.getBean(Scenario.class);
        scenario.bookOf("rep1");
        long previous = app.getBean(SegmentationRuns.class).runNow(RunTrigger.COMMAND, null, "drill").runId();
        int scored = jdbc.queryForObject("select count(*) from customer", Integer.class);
        scenario.bulkCustomersOf("rep1", CUSTOMERS, "Bulk");
        Browser admin = new Browser(port(app));
        admin.login("admin", "demo1234");
        String cookie = admin.sessionCookie();

        // two downloads of every customer (megabytes), each read a little and then not for now
        InputStream reading = download(app, cookie);
        InputStream stalled = download(app, cookie);
        int exported = jdbc.queryForObject("select count(*) from customer", Integer.class);

        // a run, held in its write stage
        jdbc.execute("""
                create function drill_stall() returns trigger language plpgsql as $$
                begin perform pg_sleep(3600); return new; end $$""");
        jdbc.execute("create trigger drill_stall before insert or update on segmentation_current for each row"
                + " execute function drill_stall()");
        Long run = app.getBean(SegmentationRuns.class).startInBackground(scenario.actor("admin"), null);
        await().atMost(Duration.ofMinutes(2)).until(() -> sleeping(jdbc) == 1);

        // an import, held after it wrote its customers for longer than the shutdown's grace period
        String batchFile = "drill-customers.csv";
        String importing = uploadAndCheck(app, admin, batchFile);
        jdbc.execute("create function drill_pause() returns trigger language plpgsql as $$"
                + " begin perform pg_sleep(" + (GRACE_SECONDS + 3) + "); return null; end $$");
        jdbc.execute("create trigger drill_pause before insert on import_record for each statement"
                + " execute function drill_pause()");
        // the import writes its undo records with session_replication_role = replica (TrustedWrite)
        jdbc.execute("alter table import_record enable always trigger drill_pause");
        post(app, cookie, "/imports/" + importing + "/run", "");
        await().atMost(Duration.ofMinutes(2)).until(() -> sleeping(jdbc) == 2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'", Integer.class))
                .as("both downloads are still going").isZero();

        CountDownLatch closing = new CountDownLatch(1);
        app.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closing.countDown());
        CompletableFuture<byte[]> whole = CompletableFuture.supplyAsync(() -> {
            try {
                closing.await();
                return reading.readAllBytes();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long stopping = System.nanoTime();
        app.close(); // as on SIGTERM
        System.out.printf("Graceful shutdown with a stalled download, a stalled run and an import: %d ms%n",
                (System.nanoTime() - stopping) / 1_000_000);

        String file = new String(whole.get(1, TimeUnit.MINUTES), StandardCharsets.UTF_8);
        assertThat(file.split("\r\n", -1)).as("the download read on: header, every customer, the end")
                .hasSize(exported + 2);
        assertThatThrownBy(stalled::readAllBytes).as("the download whose client stopped reading: cut")
                .isInstanceOf(IOException.class);

        // the run's statement stopped where it was when its connection was closed (PostgreSQL would end it
        // at its next read; a sleep does not read)
        try (var c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            c.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where wait_event = 'PgSleep'");
        }

        try (ConfigurableApplicationContext again = start()) {
            JdbcTemplate after = again.getBean(JdbcTemplate.class);
            assertThat(after.queryForObject("select status || ': ' || failure_reason from segmentation_run where id = ?",
                    String.class, run)).startsWith("FAILED: interrupted: the application stopped during the run");
            assertThat(after.queryForObject("select run_id from segmentation_current", Long.class)).isEqualTo(previous);
            assertThat(after.queryForObject("select count(*) from customer_score where run_id = ?", Integer.class,
                    previous)).isEqualTo(scored);
            assertThat(after.queryForObject("select count(*) from run_scores where run_id = ?", Integer.class, run))
                    .isZero();

            assertThat(after.queryForObject("select count(*) from customer where customer_number like 'GS-%'",
                    Integer.class)).as("the imported customers").isEqualTo(IMPORTED);
            assertThat(after.queryForObject("select created from import_batch where file_name = ?", Long.class,
                    batchFile)).isEqualTo(IMPORTED);

            assertThat(after.queryForList("select details from audit_event where action = 'EXPORT' order by id",
                    String.class)).as("the downloads in the audit trail").hasSize(2)
                    .anyMatch(d -> d.startsWith("format=csv rows=" + exported + " filters="))
                    .anyMatch(d -> d.matches("format=csv rows=\\d+ interrupted .*"));

        }
    }

    /** Starts a CSV download of every customer and reads its first bytes (which the stream returned still has). */
    private InputStream download(ConfigurableApplicationContext app, String cookie) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri(app, "/customers/export?format=csv"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        InputStream body = response.body();
        byte[] first = body.readNBytes(8192);
        assertThat(first).hasSize(8192);
        return new SequenceInputStream(new ByteArrayInputStream(first), body);
    }

    /** Uploads a file of new customers, checks it (the dry run) and returns the upload's id, ready to import. */
    private String uploadAndCheck(ConfigurableApplicationContext app, Browser admin, String fileName)
            throws Exception {
        String csv = "number,name,city\n" + IntStream.rangeClosed(1, IMPORTED)
                .mapToObj(i -> "GS-%05d,Imported %d,Hangzhou".formatted(i, i)).collect(Collectors.joining("\n", "", "\n"));
        String token = csrf(admin.get("/imports").body());
        String boundary = "drill" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ncustomers\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(uri(app, "/imports"))
                .header("Cookie", admin.sessionCookie()).header("X-CSRF-TOKEN", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String location = uploaded.headers().firstValue("location").orElseThrow();
        String upload = location.substring(location.lastIndexOf('/') + 1);
        post(app, admin.sessionCookie(), "/imports/" + upload + "/mapping",
                "field=number&field=name&field=city&mode=UPSERT&defaultOwner=rep1&action=check");
        await().atMost(Duration.ofMinutes(2)).until(() -> admin.get("/imports/" + upload + "/progress").location(),
                l -> l != null && l.endsWith("/report"));
        assertThat(admin.get("/imports/" + upload + "/report").status()).isEqualTo(200);
        return upload;
    }

    private void post(ConfigurableApplicationContext app, String cookie, String path, String form) throws Exception {
        String token = csrf(http.send(HttpRequest.newBuilder(uri(app, "/imports")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(app, path)).header("Cookie", cookie)
                .header("X-CSRF-TOKEN", token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(302);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CrmApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--crm.demo.enabled=true", "--crm.demo.book=false",
                "--spring.lifecycle.timeout-per-shutdown-phase=" + GRACE_SECONDS + "s");
    }

    /** Statements held by the drill's triggers. */
    private static int sleeping(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event = 'PgSleep'", Integer.class);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the page has a CSRF token").isTrue();
        return m.group(1);
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        return URI.create("http://localhost:" + port(app) + path);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
