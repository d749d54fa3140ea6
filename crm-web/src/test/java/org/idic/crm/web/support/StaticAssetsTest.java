package org.idic.crm.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idic.crm.domain.testsupport.Browser;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Static assets under versioned names with a year's caching, text compressed (issue 12, operations),
 * against the real server, which does the compression.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "crm.demo.enabled=true")
@WithTestDatabase
@ExtendWith(DemoUsersExtension.class)
class StaticAssetsTest {

    @LocalServerPort
    int port;

    @Test
    void ownAssetsAndWebJarsHaveVersionedNamesAndAreCachedForAYear() throws Exception {
        String page = new Browser(port).get("/login").body();
        Matcher css = Pattern.compile("href=\"(/css/crm-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).as("the stylesheet's name carries its content hash").isTrue();
        Matcher webjar = Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css)\"").matcher(page);
        assertThat(webjar.find()).isTrue();

        for (String asset : new String[] {css.group(1), webjar.group(1)}) {
            HttpResponse<byte[]> response = fetch(asset, "identity");
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("cache-control")).as(asset).hasValueSatisfying(value ->
                    assertThat(value).contains("max-age=31536000").contains("public").doesNotContain("no-store"));
        }
    }

    @Test
    void textIsCompressedForBrowsersThatAcceptIt() throws Exception {
        HttpResponse<byte[]> plain = fetch("/webjars/bootstrap/css/bootstrap.min.css", "identity");
        HttpResponse<byte[]> gzipped = fetch("/webjars/bootstrap/css/bootstrap.min.css", "gzip");

        assertThat(gzipped.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
        assertThat(fetch("/login", "gzip").headers().firstValue("content-encoding")).hasValue("gzip");
    }

    private HttpResponse<byte[]> fetch(String path, String encoding) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
