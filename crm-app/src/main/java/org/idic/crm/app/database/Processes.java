package org.idic.crm.app.database;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the server programs and waits for it. The output goes to a file rather than a pipe: a
 * server started by pg_ctl inherits its parent's output, and a pipe would then never reach its end.
 */
final class Processes {

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        /** The most telling line of the output, for a one-line message. */
        String reason() {
            List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            return lines.stream().filter(l -> l.contains("FATAL") || l.contains("ERROR") || l.contains("error"))
                    .reduce((first, second) -> second)
                    .orElse(lines.isEmpty() ? "exit status " + exitCode : lines.get(lines.size() - 1));
        }
    }

    private Processes() {
    }

    static Result run(List<String> command, Duration timeout) {
        File output = null;
        try {
            output = File.createTempFile("crm-postgres-", ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(output)).redirectInput(ProcessBuilder.Redirect.from(
                            new File(PostgresBinaries.isWindows() ? "NUL" : "/dev/null"))).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, read(output) + "\n(no answer after " + timeout.toSeconds() + " s)");
            }
            return new Result(process.exitValue(), read(output));
        } catch (IOException e) {
            return new Result(-1, command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        } finally {
            if (output != null) {
                output.delete();
            }
        }
    }

    private static String read(File file) throws IOException {
        return new String(Files.readAllBytes(file.toPath()), Charset.defaultCharset());
    }
}
