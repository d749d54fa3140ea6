package org.idic.crm.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by an instance that was killed (kill -9, power loss of the JVM
 * only). We hold the data directory's lock, so nobody else uses it: stop the server (a fast shutdown:
 * its clients died with their JVM, so whatever they had open is rolled back), and let the next start
 * go on from a clean state.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {
    }

    static void stopIfRunning(Path postgresData, PostgresBinaries binaries) throws IOException {
        Path pidFile = postgresData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : parse(lines.get(0))
                .filter(PostgresServer::isAlive)
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle process = server.get();
        log.warn("Stopping the PostgreSQL server (pid {}) left running by an instance that did not shut down "
                + "cleanly", process.pid());
        Processes.Result stopped = Processes.run(binaries.command("pg_ctl", List.of("-D", postgresData.toString(),
                "-m", "fast", "-w", "-t", "60", "stop")), java.time.Duration.ofSeconds(70));
        if (stopped.ok() || !PostgresServer.isAlive(process.pid())) {
            return;
        }
        process.destroy(); // SIGTERM, should pg_ctl not manage (binaries of another version)
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
