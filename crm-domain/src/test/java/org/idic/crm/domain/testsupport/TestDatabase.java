package org.idic.crm.domain.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server per test JVM: a Testcontainers container where a Docker engine answers,
 * the embedded PostgreSQL (zonky) otherwise. Each Spring test context gets a fresh database on it.
 * Set {@code CRM_TEST_DATABASE=embedded} or {@code =docker} to force one.
 */
public final class TestDatabase {

    /** Where and as whom to connect. */
    public record Connection(String url, String username, String password) {
    }

    private static final AtomicInteger databases = new AtomicInteger();
    private static Server server;

    private TestDatabase() {
    }

    /** Creates a new, empty database and returns how to reach it. */
    public static synchronized Connection newDatabase() {
        if (server == null) {
            server = start();
        }
        String name = "crm_test_" + databases.incrementAndGet();
        try (java.sql.Connection admin = DriverManager.getConnection(server.url("postgres"), server.username(),
                server.password()); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new Connection(server.url(name), server.username(), server.password());
    }

    private static Server start() {
        String forced = System.getenv().getOrDefault("CRM_TEST_DATABASE", "");
        boolean docker = forced.equals("docker") || (!forced.equals("embedded") && dockerAnswers());
        System.out.println("Tests use " + (docker ? "PostgreSQL in a Testcontainers container"
                : "the embedded PostgreSQL (no Docker engine answered)"));
        return docker ? Server.container() : Server.embedded();
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private record Server(String host, int port, String username, String password) {

        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
        static Server container() {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
                    .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off");
            container.start();
            return new Server(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                    container.getPassword());
        }

        static Server embedded() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .setRegisterShutdownHook(false)
                        .start();
                // stopped (and its files deleted) once the Spring contexts of the tests are closed, not at the
                // same time by a hook of its own: a context still writes while it closes (the event registry
                // reads what is left unhandled), and against a stopping server that waits for a timeout
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        System.err.println("The embedded PostgreSQL of the tests did not stop: " + e.getMessage());
                    }
                });
                return new Server("localhost", pg.getPort(), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
            }
        }
    }
}
