package org.idic.crm.app.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One PostgreSQL server on one data directory and port, started and stopped with pg_ctl (which detaches
 * it from the terminal, so Ctrl+C reaches the CRM and the CRM stops the server in order). The settings
 * are given on the command line, where they override postgresql.conf.
 */
final class PostgresServer {

    private static final Duration START_WAIT = Duration.ofSeconds(120);
    private static final Duration STOP_WAIT = Duration.ofSeconds(120);

    private final PostgresBinaries binaries;
    private final Path data;
    private final int port;
    private final Map<String, String> settings;
    private volatile long pid;

    PostgresServer(PostgresBinaries binaries, Path data, int port, Map<String, String> settings) {
        this.binaries = binaries;
        this.data = data;
        this.port = port;
        this.settings = Map.copyOf(settings);
    }

    static boolean initialised(Path data) {
        return Files.isRegularFile(data.resolve("PG_VERSION"));
    }

    /** Creates the database cluster; every connection needs the password in {@code passwordFile}. */
    void initdb(Path passwordFile) {
        Processes.Result result = Processes.run(binaries.command("initdb", List.of("-D", data.toString(), "-U",
                EmbeddedDatabase.USER, "-E", "UTF-8", "--auth=scram-sha-256", "--pwfile=" + passwordFile)),
                START_WAIT);
        if (!result.ok()) {
            throw new IllegalStateException("initdb failed: " + result.reason());
        }
    }

    /** Starts the server and waits until it accepts connections. */
    void start() {
        if (!initialised(data)) {
            throw new IllegalStateException(data + " is missing or holds no database (moved, deleted, or on a disk "
                    + "that is not mounted?)");
        }
        removeStalePidFile();
        Path startupLog = data.resolve("log").resolve("startup.log");
        long logSize;
        try {
            Files.createDirectories(startupLog.getParent());
            logSize = Files.exists(startupLog) ? Files.size(startupLog) : 0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + startupLog.getParent() + ": " + e.getMessage(), e);
        }
        Processes.Result result = Processes.run(binaries.command("pg_ctl", List.of("-D", data.toString(), "-l",
                startupLog.toString(), "-o", options(), "-w", "-t", Long.toString(START_WAIT.toSeconds()), "start")),
                START_WAIT.plusSeconds(10));
        if (!result.ok()) {
            String log = tail(startupLog, logSize);
            throw new IllegalStateException(log.isBlank() ? result.reason()
                    : new Processes.Result(result.exitCode(), log).reason());
        }
        pid = readPid().orElseThrow(() -> new IllegalStateException("the server started but wrote no "
                + data.resolve("postmaster.pid")));
    }

    /**
     * The lock file of a server that was killed names a process that is gone, or a zombie that nobody has
     * reaped yet, which PostgreSQL takes for a running server. The data directory's own lock is ours, so
     * no other server can be using it.
     */
    private void removeStalePidFile() {
        Path file = data.resolve("postmaster.pid");
        readPid().filter(p -> !isAlive(p)).ifPresent(p -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // PostgreSQL will say what is wrong with it
            }
        });
    }

    /** Stops the server: open transactions are rolled back, then a checkpoint is written. */
    void stop() {
        Processes.Result fast = Processes.run(binaries.command("pg_ctl", List.of("-D", data.toString(), "-m", "fast",
                "-w", "-t", Long.toString(STOP_WAIT.toSeconds()), "stop")), STOP_WAIT.plusSeconds(10));
        if (!fast.ok() && running()) {
            // recovered from its write-ahead log at the next start, like after a power cut
            Processes.run(binaries.command("pg_ctl", List.of("-D", data.toString(), "-m", "immediate", "-w", "stop")),
                    STOP_WAIT);
        }
    }

    /** Whether the server process is there (a zombie, which nobody reaped, is not). */
    boolean running() {
        long p = pid;
        return p > 0 && isAlive(p);
    }

    static boolean isAlive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String s = Files.readString(stat);
            return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException notLinux) {
            return true;
        }
    }

    long pid() {
        return pid;
    }

    int port() {
        return port;
    }

    private String options() {
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port)));
        settings.forEach((name, value) -> options.add("-c " + name + "=" + value));
        return String.join(" ", options);
    }

    private Optional<Long> readPid() {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What the server wrote to the log since {@code from}. */
    private static String tail(Path log, long from) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(from, file.length() - 16_384);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
