package org.idic.crm.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code crm} launcher in the repository's root, on the jar this build packaged (hence an integration
 * test, run after {@code package}): its first start unpacks the jar and trains a class-data archive, and
 * the starts that follow use it. {@code -Xshare:on} makes the JVM refuse to start if the archive cannot be
 * mapped, so a start that answers its sign-in page did use it.
 */
@EnabledOnOs({OS.LINUX, OS.MAC}) // a bash script; on Windows the CRM starts with java -jar
class CrmLauncherIT {

    private static final Path LAUNCHER = Path.of("..", "crm").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target", "crm-app.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theFirstStartTrainsAnArchiveThatEveryLaterStartUses() throws Exception {
        Path app = dir.resolve("app");
        Path data = dir.resolve("data");

        String first = startAndStop(app, data);

        assertThat(first).contains("First start with this build and this Java")
                .doesNotContain("left running by an instance that did not shut down");
        String training = Files.readString(app.resolve("training.log"));
        assertThat(training).contains("Training run done: the CRM started and stopped (status 0)");
        assertThat(archives(app)).hasSize(1);
        assertThat(processesUsing(data)).as("processes still using the data directory").isEmpty();

        String second = startAndStop(app, data);

        assertThat(second).doesNotContain("First start").doesNotContain("training run");
        assertThat(archives(app)).hasSize(1);
    }

    /** Starts the CRM with the launcher, waits for its sign-in page, stops it; returns what it printed. */
    private String startAndStop(Path app, Path data) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path output = Files.createTempFile(dir, "crm", ".log");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "--server.port=" + port,
                "--crm.data-dir=" + data, "--crm.demo.book=false").redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("CRM_JAR", JAR.toString());
        builder.environment().put("CRM_APP_DIR", app.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xshare:on");
        Process crm = builder.start();
        try {
            String login = "http://localhost:" + port + "/login";
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
                assertThat(crm.isAlive()).as(() -> read(output)).isTrue();
                return answers(login);
            });
            crm.destroy(); // SIGTERM to the JVM the launcher became: a clean shutdown
            assertThat(crm.waitFor(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            crm.descendants().forEach(ProcessHandle::destroyForcibly);
            crm.destroyForcibly();
        }
        return read(output);
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static List<Path> archives(Path app) throws IOException {
        try (Stream<Path> files = Files.list(app)) {
            return files.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot")).toList();
        }
    }

    private static List<String> processesUsing(Path directory) throws IOException {
        String name = directory.toRealPath().toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(c -> c.contains(name)).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
