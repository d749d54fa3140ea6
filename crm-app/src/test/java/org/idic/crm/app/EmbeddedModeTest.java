package org.idic.crm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void itsDatabaseSyncsEveryCommitToDisk() {
        try (ConfigurableApplicationContext app = start("--crm.demo.book=false")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            // bulk writes stay fast without the log: a table created and filled in one transaction skips it
            assertThat(jdbc.queryForObject("show wal_level", String.class)).isEqualTo("minimal");
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--crm.data-dir=" + dataDir));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(CrmApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
