package org.idic.crm.domain.imports;

import java.nio.file.Path;
import java.util.Map;

/**
 * One file to import.
 *
 * @param fileName     the name the user gave it (for the audit trail and messages)
 * @param file         where its bytes are
 * @param mapping      field → the file's column header; empty to match the headers automatically
 * @param sheet        the .xlsx sheet to read, null for the first
 * @param defaultOwner username of the owner of new customers whose row names none; null: the importing
 *                     user when they can own customers
 * @param duplicates   what to do with every possible duplicate of an existing customer
 * @param perRow       the choice for single rows (line → choice), before {@code duplicates}
 */
public record ImportRequest(ImportKind kind, ImportMode mode, String fileName, Path file, Map<String, String> mapping,
        String sheet, String defaultOwner, DuplicateChoice duplicates, Map<Long, DuplicateChoice> perRow) {

    public ImportRequest {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        perRow = perRow == null ? Map.of() : Map.copyOf(perRow);
        duplicates = duplicates == null ? DuplicateChoice.ASK : duplicates;
        mode = mode == null ? ImportMode.UPSERT : mode;
    }

    public static ImportRequest of(ImportKind kind, ImportMode mode, Path file) {
        return new ImportRequest(kind, mode, file.getFileName().toString(), file, Map.of(), null, null, null, null);
    }

    public ImportRequest withMapping(Map<String, String> newMapping) {
        return new ImportRequest(kind, mode, fileName, file, newMapping, sheet, defaultOwner, duplicates, perRow);
    }

    public ImportRequest withDefaultOwner(String username) {
        return new ImportRequest(kind, mode, fileName, file, mapping, sheet, username, duplicates, perRow);
    }

    public ImportRequest withDuplicates(DuplicateChoice choice, Map<Long, DuplicateChoice> rows) {
        return new ImportRequest(kind, mode, fileName, file, mapping, sheet, defaultOwner, choice, rows);
    }
}
