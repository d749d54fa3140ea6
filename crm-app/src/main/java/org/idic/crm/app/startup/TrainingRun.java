package org.idic.crm.app.startup;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A training run for class data sharing (or the JDK's AOT cache): the CRM starts as it always does, answers
 * its own sign-in page once (so that the classes that serve the first page are recorded too), then stops
 * in order, the embedded PostgreSQL included, and the JVM writes its archive as it exits.
 *
 * <p>Asked for with {@code -Dcrm.training-run=true} (what {@code ./crm} does), or with Spring's own
 * {@code -Dspring.context.exit=onRefresh}: that one halts the JVM the moment the context is refreshed, with
 * no shutdown at all, which would leave the embedded PostgreSQL running; here it means this run instead.
 */
public final class TrainingRun {

    static final String PROPERTY = "crm.training-run";
    private static final String SPRING_EXIT = "spring.context.exit";
    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);
    /** What a browser asks for on its first visit (the page in each language, and what it links to). */
    private static final List<String> FIRST_VISIT = List.of("/login", "/webjars/bootstrap/css/bootstrap.min.css",
            "/css/crm.css", "/webjars/htmx.org/dist/htmx.min.js", "/js/crm.js");

    private TrainingRun() {
    }

    /** Whether this JVM is a training run; takes Spring's exit-on-refresh over before Spring reads it. */
    public static boolean asked() {
        if ("onRefresh".equalsIgnoreCase(System.getProperty(SPRING_EXIT))) {
            System.clearProperty(SPRING_EXIT);
            System.setProperty(PROPERTY, "true");
        }
        return Boolean.getBoolean(PROPERTY);
    }

    /** Starts, visits, stops; returns the exit status (0 when the CRM started and answered). */
    public static int run(SpringApplication application, String... args) {
        // a free port of its own, whatever the command line says: the CRM that starts next will take the
        // port, and nobody must mistake the training run's sign-in page for it
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) prepared -> prepared
                .getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY,
                        Map.of("server.port", "0"))));
        ConfigurableApplicationContext context = application.run(args);
        try {
            visit(context);
        } catch (IOException | RuntimeException e) {
            log.warn("Training run: the CRM started, but its sign-in page did not answer: {}", e.getMessage());
        }
        int status = SpringApplication.exit(context);
        log.info("Training run done: the CRM started and stopped (status {})", status);
        return status;
    }

    private static void visit(ConfigurableApplicationContext context) throws IOException {
        if (!(context instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        for (String language : List.of("en", "zh-CN")) {
            for (String path : FIRST_VISIT) {
                get("http://localhost:" + port + path, language);
            }
        }
    }

    private static void get(String url, String language) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(30_000); // a page that never answers must not keep the run from ending
        connection.setReadTimeout(60_000);
        connection.setRequestProperty("Accept-Language", language);
        try (InputStream body = connection.getInputStream()) {
            body.readAllBytes();
        } finally {
            connection.disconnect();
        }
    }
}
