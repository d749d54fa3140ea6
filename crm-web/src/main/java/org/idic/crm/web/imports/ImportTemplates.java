package org.idic.crm.web.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.Imports;
import org.idic.crm.web.export.ExportFormat;
import org.idic.crm.web.export.Exports;
import org.springframework.context.MessageSource;

/**
 * A CSV template per kind: the header in the user's language (English field names, or Chinese headers the
 * import recognises) and one example row. Written by the exports' CSV writer (UTF-8 with BOM for Excel,
 * formula-safe).
 */
final class ImportTemplates {

    private ImportTemplates() {
    }

    static List<String> header(ImportKind kind, Locale locale, MessageSource messages) {
        return Imports.fields(kind).stream()
                .map(field -> messages.getMessage(key("template", kind, field), null, field, locale)).toList();
    }

    static List<String> example(ImportKind kind, Locale locale, MessageSource messages) {
        return Imports.fields(kind).stream()
                .map(field -> messages.getMessage(key("example", kind, field), null, "", locale)).toList();
    }

    static void write(ImportKind kind, Locale locale, MessageSource messages, HttpServletResponse response)
            throws IOException {
        String name = kind.name().toLowerCase(Locale.ROOT) + "-template-" + locale.getLanguage();
        Exports.stream(response, ExportFormat.CSV, name, sink -> {
            sink.header(header(kind, locale, messages));
            sink.row(example(kind, locale, messages));
        });
    }

    private static String key(String what, ImportKind kind, String field) {
        return "import." + what + "." + kind.name().toLowerCase(Locale.ROOT) + "." + field;
    }
}
