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
            Path data = dataDir.resolve("postgres");
            Path away = dataDir.resolve("postgres-unmounted");
            // the data directory goes missing (an unmounted disk, say), then the server dies
            Files.move(data, away);
            ProcessHandle.of(database.serverPid()).orElseThrow().destroyForcibly();

            await().atMost(RECOVERY).untilAsserted(() -> assertThat(browser.get("/actuator/health/liveness").status())
                    .isEqualTo(503));
            assertThat(output.getOut()).contains("The embedded PostgreSQL could not be started again: ")
                    .contains("Liveness is DOWN; trying again every 2 s");

            Files.move(away, data);

            await().atMost(RECOVERY).untilAsserted(() -> assertThat(browser.get("/actuator/health/liveness").status())
                    .isEqualTo(200));
            assertThat(database.isRunning()).isTrue();
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
