package org.idic.crm.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.idic.crm.domain.testsupport.Browser;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application, as deployed against an external PostgreSQL, in demo mode. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "crm.demo.enabled=true")
@WithTestDatabase
class ApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Browser browser;

    @BeforeEach
    void newBrowser() {
        browser = new Browser(port);
    }

    @Test
    void flywayCreatedTheSchema() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void healthAndItsProbesArePublic() {
        assertThat(browser.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(browser.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(browser.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void everyOtherActuatorEndpointNeedsAnAdministratorOrIsOff() {
        assertThat(browser.get("/actuator/metrics").status()).isEqualTo(302);
        browser.login("rep1", "demo1234");
        assertThat(browser.get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(browser.get("/actuator/env").status()).isEqualTo(403);

        Browser admin = new Browser(port);
        admin.login("admin", "demo1234");
        assertThat(admin.get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(admin.get("/actuator/env").status()).isEqualTo(404);
        assertThat(admin.get("/actuator/heapdump").status()).isEqualTo(404);
        assertThat(admin.get("/actuator/health").body()).contains("\"db\"");
        assertThat(browser.get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(admin.get("/actuator/prometheus").body()).contains("hikaricp_connections_active");
        assertThat(admin.get("/actuator/info").body()).contains("\"build\"").contains("\"version\"")
                .contains("\"artifact\":\"crm-app\"");
    }

    @Test
    void demoUsersSignIn() {
        for (String user : new String[] {"admin", "manager1", "manager2", "rep1", "rep2", "rep3"}) {
            Browser b = new Browser(port);
            assertThat(b.login(user, "demo1234").location()).as(user).endsWith("/");
            assertThat(b.get("/").status()).as(user).isEqualTo(200);
        }
    }
}
