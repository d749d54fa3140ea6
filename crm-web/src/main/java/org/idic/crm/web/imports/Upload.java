package org.idic.crm.web.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.imports.DuplicateChoice;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.ImportMode;
import org.idic.crm.domain.imports.ImportReport;
import org.idic.crm.domain.imports.ImportRequest;

/**
 * One uploaded file on its way through the steps of the import page: where its bytes are (a temporary file
 * on the server, never the session), and what the user chose so far. Its user's only. Public, with the
 * accessors the pages read, because the templates' expressions reach only public types.
 */
public final class Upload {

    private final String id;
    private final String username;
    private final String fileName;
    private final Path file;
    private final ImportKind kind;
    private final List<String> sheets;
    private volatile Instant touched;
    private String sheet;
    private Map<String, String> mapping = new LinkedHashMap<>();
    private ImportMode mode = ImportMode.UPSERT;
    private String defaultOwner;
    private DuplicateChoice duplicates = DuplicateChoice.ASK;
    private Map<Long, DuplicateChoice> perRow = Map.of();
    private ImportReport checked;
    private ImportReport imported;
    private ImportJob job;

    Upload(String id, String username, String fileName, Path file, ImportKind kind, List<String> sheets, Instant now) {
        this.id = id;
        this.username = username;
        this.fileName = fileName;
        this.file = file;
        this.kind = kind;
        this.sheets = List.copyOf(sheets);
        this.sheet = sheets.isEmpty() ? null : sheets.get(0);
        this.touched = now;
    }

    /** The request the domain is asked to check or import, with everything chosen so far. */
    synchronized ImportRequest request() {
        return new ImportRequest(kind, mode, fileName, file, mapping, sheet, defaultOwner, duplicates, perRow);
    }

    public String id() {
        return id;
    }

    String username() {
        return username;
    }

    public String fileName() {
        return fileName;
    }

    Path file() {
        return file;
    }

    ImportKind kind() {
        return kind;
    }

    public List<String> sheets() {
        return sheets;
    }

    Instant touched() {
        return touched;
    }

    void touch(Instant now) {
        touched = now;
    }

    public synchronized String sheet() {
        return sheet;
    }

    /** Another sheet: its columns are others, so the mapping and any check start again. */
    synchronized void sheet(String name) {
        sheet = name;
        mapping = new LinkedHashMap<>();
        checked = null;
    }

    synchronized Map<String, String> mapping() {
        return Map.copyOf(mapping);
    }

    public synchronized ImportMode mode() {
        return mode;
    }

    public synchronized String defaultOwner() {
        return defaultOwner;
    }

    synchronized DuplicateChoice duplicates() {
        return duplicates;
    }

    synchronized Map<Long, DuplicateChoice> perRow() {
        return perRow;
    }

    /** New choices for the columns: the last check no longer holds. */
    synchronized void choose(Map<String, String> newMapping, ImportMode newMode, String owner) {
        mapping = new LinkedHashMap<>(newMapping);
        mode = newMode;
        defaultOwner = owner;
        checked = null;
        duplicates = DuplicateChoice.ASK;
        perRow = Map.of();
    }

    synchronized void chooseDuplicates(DuplicateChoice all, Map<Long, DuplicateChoice> rows) {
        duplicates = all;
        perRow = Map.copyOf(rows);
        checked = null;
    }

    synchronized ImportReport checked() {
        return checked;
    }

    synchronized void checked(ImportReport report) {
        checked = report;
    }

    synchronized ImportReport imported() {
        return imported;
    }

    synchronized void imported(ImportReport report) {
        imported = report;
    }

    synchronized ImportJob job() {
        return job;
    }

    synchronized void job(ImportJob running) {
        job = running;
    }
}
