package org.idic.crm.app.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times whole pages over HTTP against the application the benchmark started: sign-in, the request, the
 * queries, the Thymeleaf rendering and the transfer, as a browser would see them (without drawing the
 * charts). Used for the report pages and the exports.
 */
final class HttpTimings {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;

    private HttpTimings(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A signed-in session, or null when the user cannot sign in (no demo users in this database). */
    static HttpTimings signIn(int port, String username, String password) {
        HttpTimings session = new HttpTimings("http://localhost:" + port);
        try {
            String login = session.get("/login").body();
            Matcher token = CSRF.matcher(login);
            if (!token.find()) {
                return null;
            }
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
            HttpResponse<String> response = session.client.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            return response.statusCode() == 302 && !location.contains("error") ? session : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Times each page {@code times} times after a warm-up, printing p50, p95 and the page's size. */
    void time(PrintStream out, String who, List<String> paths, int times) {
        for (String path : paths) {
            long[] micros = new long[times];
            long bytes = 0;
            for (int i = -1; i < times; i++) {
                long start = System.nanoTime();
                bytes = download(path);
                if (i >= 0) {
                    micros[i] = (System.nanoTime() - start) / 1_000;
                }
            }
            Arrays.sort(micros);
            out.printf("  %-8s %-46s p50 %,8.1f ms   p95 %,8.1f ms   %,11d bytes%n", who, path,
                    micros[times / 2] / 1000.0, micros[(int) Math.ceil(times * 0.95) - 1] / 1000.0, bytes);
        }
    }

    /** Downloads a page or an export, reading it as a client would; returns its size. */
    long download(String path) {
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            long size = 0;
            try (InputStream body = response.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = body.read(buffer)) > 0; ) {
                    size += n;
                }
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return size;
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path + ": interrupted", e);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
