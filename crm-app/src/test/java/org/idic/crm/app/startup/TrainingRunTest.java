package org.idic.crm.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.idic.crm.CrmApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training run (what {@code ./crm} does once to record the classes for class data sharing) starts the CRM
 * in a JVM of its own on a free port (not the one the CRM will take), answers its sign-in page, and leaves
 * nothing running: Spring's own
 * {@code -Dspring.context.exit=onRefresh} halted the JVM with the embedded PostgreSQL still up.
 */
class TrainingRunTest {

    @TempDir
    Path dir;

    @Test
    void springsExitOnRefreshBecomesATrainingRunThatStopsTheEmbeddedPostgres() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("training.log");
        // the port the CRM will take once trained: the training run keeps off it (here it is in use)
        Process run;
        try (ServerSocket taken = new ServerSocket(0)) {
            run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dspring.context.exit=onRefresh", "-cp", System.getProperty("java.class.path"),
                    CrmApplication.class.getName(), "--server.port=" + taken.getLocalPort(),
                    "--crm.data-dir=" + data, "--crm.demo.book=false")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                assertThat(run.waitFor(10, TimeUnit.MINUTES)).as("the training run ended").isTrue();
            } finally {
                run.destroyForcibly();
            }
        }

        String output = Files.readString(log);
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(data.resolve("postgres/postmaster.pid")).as("the server's pid file").doesNotExist();
        assertThat(processesUsing(data)).as("processes still using " + data).isEmpty();
        assertThat(output).contains("Training run done: the CRM started and stopped (status 0)")
                .doesNotContain("did not answer");
    }

    /** Every live process whose command line names the directory (the postmaster is started with -D DIR). */
    private static List<String> processesUsing(Path directory) throws IOException {
        String name = directory.toRealPath().toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(c -> c.contains(name)).toList();
    }
}
