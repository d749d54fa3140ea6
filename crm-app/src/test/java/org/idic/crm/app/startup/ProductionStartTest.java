package org.idic.crm.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.idic.crm.CrmApplication;
import org.idic.crm.domain.testsupport.Browser;
import org.idic.crm.domain.testsupport.TestDatabase;
import org.idic.crm.domain.user.NoAdministratorException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Start-up against an external database: no demo data, no default password. */
class ProductionStartTest {

    @Test
    void withoutAConfiguredAdministratorStartUpFailsWithAClearMessage() {
        TestDatabase.Connection db = TestDatabase.newDatabase();

        assertThatThrownBy(() -> start(db, "--crm.admin.username=", "--crm.admin.password="))
                .isInstanceOf(NoAdministratorException.class)
                .hasMessageContaining("CRM_ADMIN_USERNAME and CRM_ADMIN_PASSWORD");
    }

    @Test
    void aShortAdministratorPasswordIsRefused() {
        TestDatabase.Connection db = TestDatabase.newDatabase();

        assertThatThrownBy(() -> start(db, "--crm.admin.username=chief", "--crm.admin.password=short"))
                .isInstanceOf(NoAdministratorException.class).hasMessageContaining("at least 12 characters");
    }

    @Test
    void theConfiguredAdministratorIsTheOnlyUserAndTheDemoPasswordOpensNothing() {
        TestDatabase.Connection db = TestDatabase.newDatabase();

        try (ConfigurableApplicationContext app = start(db, "--crm.admin.username=chief",
                "--crm.admin.password=correct horse battery")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("chief");
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Browser browser = new Browser(port);
            assertThat(browser.get("/login").body()).doesNotContain("demo1234");
            assertThat(browser.login("admin", "demo1234").location()).endsWith("/login?error");
            assertThat(new Browser(port).login("chief", "correct horse battery").location()).doesNotContain("error");
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase.Connection db, String... args) {
        return new SpringApplicationBuilder(CrmApplication.class).run(concat(args,
                "--server.port=0", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password()));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
