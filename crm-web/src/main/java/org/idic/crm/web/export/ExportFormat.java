package org.idic.crm.web.export;

import java.util.Locale;
import java.util.Optional;

/** The file formats every list and report exports to. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The response's Content-Type. */
    public String contentType() {
        return contentType;
    }

    /** The file name extension, without the dot ("csv", "xlsx"). */
    public String extension() {
        return extension;
    }

    /** The format a request parameter names ("csv" or "xlsx", any case); empty for anything else or none. */
    public static Optional<ExportFormat> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
