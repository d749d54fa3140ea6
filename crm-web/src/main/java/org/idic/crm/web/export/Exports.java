package org.idic.crm.web.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Streams a table to the HTTP response as a CSV or .xlsx download. Every list and report export goes
 * through here, so that all of them share the formula neutralisation, the file names and the headers:
 * <pre>{@code
 * Exports.stream(response, format, "customers", sink -> {
 *     sink.header(List.of("No.", "Name"));
 *     search.export(actor, query, row -> sink.row(List.of(row.number(), row.name())));
 * });
 * }</pre>
 * The caller checks access (the body runs the same scoped queries as the page) and audits the export
 * once {@code stream} has returned.
 */
public final class Exports {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmm");

    /** Writes the table of an export to a sink. */
    @FunctionalInterface
    public interface ExportBody {
        void write(TableSink sink) throws IOException;
    }

    private Exports() {
    }

    /**
     * Sets Content-Type, {@code Content-Disposition: attachment; filename="<baseName>-<yyyyMMdd-HHmm>.<ext>"}
     * (the base name reduced to ASCII letters, digits, dot, dash and underscore) and
     * {@code Cache-Control: no-store}, then runs {@code body} against a sink that writes to the
     * response. CSV rows reach the client as they come; an .xlsx file keeps a small window of rows in
     * memory and the rest in a temporary file, and is sent when the body is done. If the body fails
     * before anything was sent, the response is reset so that an error page can be shown.
     */
    public static void stream(HttpServletResponse response, ExportFormat format, String baseName, ExportBody body)
            throws IOException {
        stream(response, format, baseName, Clock.systemDefaultZone(), body);
    }

    static void stream(HttpServletResponse response, ExportFormat format, String baseName, Clock clock,
            ExportBody body) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(baseName, format, clock) + "\"");
        response.setHeader("Cache-Control", "no-store");
        try {
            if (format == ExportFormat.CSV) {
                CsvSink sink = new CsvSink(response.getOutputStream(), clock.getZone());
                body.write(sink);
                sink.finish();
            } else {
                try (XlsxSink sink = new XlsxSink(clock.getZone())) {
                    body.write(sink);
                    sink.writeTo(response.getOutputStream());
                }
            }
        } catch (UncheckedIOException e) {
            resetIfPossible(response);
            throw e.getCause();
        } catch (IOException | RuntimeException | Error e) {
            resetIfPossible(response);
            throw e;
        }
    }

    /** {@code <baseName>-<yyyyMMdd-HHmm>.<ext>}, ASCII only, so that no header escaping is needed. */
    static String fileName(String baseName, ExportFormat format, Clock clock) {
        String base = baseName == null ? "" : baseName.replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return (base.isEmpty() ? "export" : base) + "-" + STAMP.format(LocalDateTime.now(clock)) + "."
                + format.extension();
    }

    private static void resetIfPossible(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.reset();
        }
    }
}
