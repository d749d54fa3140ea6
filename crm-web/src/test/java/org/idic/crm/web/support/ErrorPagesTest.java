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
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages need the servlet container's error dispatch, so these run against a real server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "crm.demo.enabled=true")
@WithTestDatabase
@ExtendWith({DemoUsersExtension.class, OutputCaptureExtension.class})
class ErrorPagesTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.idic.crm.domain.testsupport.Scenario scenario;
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

    @Test
    void aLinkWithAnUnknownFilterValueGetsTheErrorPageInTheUsersLanguage() {
        browser.language("zh-CN");
        for (String url : new String[] {"/customers?tier=mvc", "/customers?tier=BOGUS", "/reports/tiers?kind=ALIEN",
            "/customers/" + Long.MAX_VALUE + "?history=EMAILS"}) {
            Browser.Page page = browser.get(url);

            assertThat(page.status()).as(url).isEqualTo(400);
            assertThat(page.headers().get("content-type")).as(url).startsWith("text/html");
            assertThat(page.body()).as(url).contains("此链接无效").contains("<nav").doesNotContain("\"status\":");
        }
        assertThat(browser.get("/customers?tier=mvc").body()).contains("“tier”不能是“mvc”");
    }

    @Test
    void aPagePastTheEndOfTheListLeadsToItsLastPage() {
        scenario.bulkCustomersOf("rep1", 30, "P" + System.nanoTime() % 100_000);
        Browser.Page page = browser.get("/customers?page=999");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/customers?").contains("sort=name").matches(".*page=\\d+$");
        Browser.Page last = browser.get(page.location().substring(page.location().indexOf("/customers")));
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.body()).doesNotContain("0–").containsPattern("\\d+–(\\d+) of \\1");
    }

    /** Issue 12, finding 5: bad input from outside is a 400 and one WARN line, never an ERROR with a trace. */
    @Test
    void invalidUtf8InAParameterIsA400PageAndOneWarningLine(CapturedOutput output) {
        int before = output.getOut().length();
        for (String url : new String[] {"/customers?q=%C3%28", "/login?next=%FF%FE"}) {
            Browser.Page page = browser.get(url);

            assertThat(page.status()).as(url).isEqualTo(400);
            assertThat(page.body()).as(url).contains("<html").doesNotContain("Exception");
        }
        String logged = output.getOut().substring(before);
        assertThat(logged).doesNotContain("ERROR").doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(logged.lines().filter(line -> line.contains("WARN")).toList()).hasSize(2)
                .allMatch(line -> line.contains("not valid UTF-8"));
    }

    /**
     * Issue 12, drill "SIGTERM during a large download": a download that fails after its first megabytes
     * must not look complete. The chunked response is aborted (no final chunk), so the client gets an
     * error instead of a shorter file with a clean end.
     */
    @Test
    void aDownloadThatFailsHalfWayIsCutSoThatTheClientCannotTakeItForComplete() throws Exception {
        java.net.http.HttpResponse<java.io.InputStream> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/test/cut-export"))
                        .header("Cookie", browser.sessionCookie()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("transfer-encoding")).hasValue("chunked");
        try (java.io.InputStream body = response.body()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(body::readAllBytes)
                    .isInstanceOf(java.io.IOException.class);
        }
    }
}
