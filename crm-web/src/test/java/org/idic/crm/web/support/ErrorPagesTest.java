package org.idic.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.idic.crm.domain.testsupport.Browser;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages need the servlet container's error dispatch, so these run against a real server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "crm.demo.enabled=true")
@WithTestDatabase
@ExtendWith(DemoUsersExtension.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;
    Browser browser;

    @BeforeEach
    void signIn() {
        browser = new Browser(port);
        assertThat(browser.login("rep1", "demo1234").location()).endsWith("/");
    }

    @Test
    void unknownUrlShowsTheNotFoundPage() {
        Browser.Page page = browser.get("/no/such/page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("There is nothing here").contains("Sign out");
    }

    @Test
    void serverFailureShowsAFriendlyPageWithoutInternals() {
        Browser.Page page = browser.get("/test/boom");

        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("Something went wrong")
                .doesNotContain("secret internal detail").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void forbiddenPageExplainsItself() {
        Browser.Page page = browser.get("/admin/users");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You do not have permission");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithAnExplanationAndChangesNothing() {
        Browser.Page page = browser.postExactly("/preferences/language", Map.of("lang", "zh-CN"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("nothing was saved");
        assertThat(browser.get("/").body()).contains("My day");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Browser fresh = new Browser(port);
        Browser.Page login = fresh.get("/login");

        assertThat(login.headers().get("set-cookie")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void linksNeverCarryTheSessionId() {
        assertThat(browser.get("/").body()).doesNotContain("jsessionid");
    }
}
