package org.idic.crm.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads through the real server (MockMvc does not parse multipart bodies, so it cannot see the limit):
 * a file over {@code crm.import.max-file-size} gets a page in the user's language with 413, the whole
 * answer read (no reset connection); a file under it goes through, its CSRF token in the URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"crm.demo.enabled=true", "crm.import.max-file-size=64KB"})
@WithTestDatabase
class UploadLimitTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"(/imports\\?_csrf=[^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Scenario scenario;

    HttpClient http;

    @BeforeEach
    void signIn() throws Exception {
        scenario.reset();
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = get("/login", "en").body();
        Matcher token = TOKEN.matcher(login);
        assertThat(token.find()).isTrue();
        String form = "username=admin&password=demo1234&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    @Test
    void aFileOverTheLimitGetsAPageThatSaysSoInTheUsersLanguage() throws Exception {
        // 3 MB: more than the 2 MB Tomcat would otherwise read of a refused body before closing the connection
        HttpResponse<String> english = upload(3 * 1024 * 1024, "en");
        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.body()).contains("id=\"too-large\"", "larger than the 64 KB an import accepts");

        HttpResponse<String> chinese = upload(200 * 1024, "zh-CN");
        assertThat(chinese.statusCode()).isEqualTo(413);
        assertThat(chinese.body()).contains("文件超过了导入允许的 64 KB");
    }

    @Test
    void aFileUnderTheLimitIsUploadedWithTheTokenInTheUrl() throws Exception {
        HttpResponse<String> accepted = upload(10 * 1024, "en");

        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).matches(".*/imports/[0-9a-f-]{36}");
    }

    private HttpResponse<String> upload(int size, String language) throws Exception {
        Matcher action = UPLOAD_ACTION.matcher(get("/imports", language).body());
        assertThat(action.find()).isTrue();
        String boundary = "----crm" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder csv = new StringBuilder("number,name\n");
        while (csv.length() < size) {
            csv.append("K-").append(csv.length()).append(",Customer\n");
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ncustomers\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
