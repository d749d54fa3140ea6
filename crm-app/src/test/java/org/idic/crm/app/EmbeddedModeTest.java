package org.idic.crm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.idic.crm.CrmApplication;
import org.idic.crm.domain.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one-command start: no database configured, so the CRM runs its own, in demo mode. */
class EmbeddedModeTest {

    @TempDir
    Path dataDir;

    @Test
    void startsOnItsOwnDatabaseInDemoModeAndKeepsEverythingAcrossARestart() {
        try (ConfigurableApplicationContext app = start()) {
            Browser browser = new Browser(port(app));
            assertThat(browser.get("/login").body()).contains("demo1234");
            assertThat(browser.login("rep1", "demo1234").location()).doesNotContain("error");
            app.getBean(JdbcTemplate.class).update("update app_user set locale = 'zh-CN' where username = 'rep1'");
        }

        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(6);
            assertThat(jdbc.queryForObject("select locale from app_user where username = 'rep1'", String.class))
                    .isEqualTo("zh-CN");
            assertThat(new Browser(port(app)).login("manager1", "demo1234").location()).doesNotContain("error");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CrmApplication.class)
                .run("--server.port=0", "--crm.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
