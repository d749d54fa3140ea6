package org.idic.crm.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.idic.crm.CrmApplication;
import org.idic.crm.domain.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The drill "the embedded PostgreSQL process killed": the application notices, starts the server again
 * on the same port, and its pages work again without a restart; while it cannot, liveness is DOWN.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedServerRecoveryTest {

    private static final Duration RECOVERY = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @Test
    void aKilledServerIsStartedAgainOnTheSamePortAndThePagesWorkAgain(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start()) {
            EmbeddedDatabase database = app.getBean(EmbeddedDatabase.class);
            Browser browser = new Browser(port(app));
            browser.login("rep1", "demo1234");
            assertThat(browser.get("/customers").status()).isEqualTo(200);
            String url = database.jdbcUrl();
            long killed = database.serverPid();

            ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // kill -9 of the postmaster

            await().atMost(RECOVERY).untilAsserted(() -> assertThat(browser.get("/customers").status())
                    .isEqualTo(200));
            assertThat(database.serverPid()).isNotEqualTo(killed);
            assertThat(database.jdbcUrl()).isEqualTo(url);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from app_user", Integer.class))
                    .isEqualTo(6);
            assertThat(browser.get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(output.getOut()).contains("The embedded PostgreSQL (pid " + killed + ") has stopped "
                    + "unexpectedly; starting it again").containsPattern("The embedded PostgreSQL is running again "
                    + "\\(pid \\d+\\), \\d+ ms after pid " + killed + " stopped");
        }
    }

    @Test
    void whileTheServerCannotBeStartedLivenessIsDownAndItRecoversWhenItCan(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            EmbeddedDatabase database = app.getBean(EmbeddedDatabase.class);
            Browser browser = new Browser(port(app));
            // signed-in users (their sessions are in the database too); the probes come without a session
            Browser rep = new Browser(port(app));
            rep.login("rep1", "demo1234");
            Browser chinese = new Browser(port(app)).language("zh-CN");
            chinese.login("rep2", "demo1234");
            Path data = dataDir.resolve("postgres");
            Path away = dataDir.resolve("postgres-unmounted");
            // the data directory goes missing (an unmounted disk, say), then the server dies
            Files.move(data, away);
            ProcessHandle.of(database.serverPid()).orElseThrow().destroyForcibly();

            await().atMost(RECOVERY).untilAsserted(() -> assertThat(browser.get("/actuator/health/liveness").status())
                    .isEqualTo(503));
            assertThat(output.getOut()).contains("The embedded PostgreSQL could not be started again: ")
                    .contains("Liveness is DOWN; trying again every 2 s");
            // meanwhile pages say "temporarily unavailable" (503), in the user's language, not a server error
            long asked = System.nanoTime();
            Browser.Page page = rep.get("/customers");
            System.out.printf("a page while the database is down answered %d in %d ms%n", page.status(),
                    (System.nanoTime() - asked) / 1_000_000);
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.headers().get("retry-after")).isEqualTo("30");
            assertThat(page.body()).contains("The CRM is temporarily unavailable").doesNotContain("Exception");
            assertThat(chinese.get("/").body()).contains("CRM 暂时无法使用");

            Files.move(away, data);

            await().atMost(RECOVERY).untilAsserted(() -> assertThat(browser.get("/actuator/health/liveness").status())
                    .isEqualTo(200));
            assertThat(database.isRunning()).isTrue();
            await().atMost(RECOVERY).untilAsserted(() -> assertThat(rep.get("/customers").status())
                    .isEqualTo(200));
            assertThat(browser.login("manager1", "demo1234").location()).doesNotContain("error");
            assertThat(output.getOut().lines().filter(l -> l.contains("could not be started again")).count())
                    .as("one line for the outage, not one per attempt").isOne();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CrmApplication.class)
                .run("--server.port=0", "--crm.data-dir=" + dataDir, "--crm.demo.book=false");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
