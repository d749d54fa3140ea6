package org.idic.crm.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.idic.crm.web.export.ExportFormat;
import org.idic.crm.web.export.Exports;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only endpoints that fail, to show what a user sees when something breaks on the server. */
@Controller
class FailingTestController {

    @GetMapping("/test/boom")
    String boom() {
        throw new IllegalStateException("secret internal detail at org.idic.crm.Something");
    }

    /** A download that fails half-way, after much has been sent (as when the database goes at shutdown). */
    @GetMapping("/test/cut-export")
    void cutExport(HttpServletResponse response) throws IOException {
        Exports.stream(response, ExportFormat.CSV, "cut", sink -> {
            sink.header(List.of("n", "text"));
            for (int i = 0; i < 20_000; i++) {
                sink.row(List.of(String.valueOf(i), "a row of the download that goes out before it fails"));
            }
            throw new IllegalStateException("the database went away");
        });
    }
}
