package org.idic.crm.domain.imports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.imports.internal.Execution;
import org.idic.crm.domain.imports.internal.Fields;
import org.idic.crm.domain.imports.internal.Rejected;
import org.idic.crm.domain.imports.internal.Stager;
import org.idic.crm.domain.imports.internal.Table;
import org.idic.crm.domain.imports.internal.Undo;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports of customers, contacts, products, orders and interactions (docs/import.md). Administrators import
 * anything; managers everything but products, of their own team (customers and owners from their team);
 * reps do not import.
 */
@Service
@EnableConfigurationProperties(ImportProperties.class)
public class Imports {

    private final Execution execution;
    private final Undo undo;
    private final JdbcClient jdbc;
    private final ImportProperties properties;
    private final Clock clock;

    Imports(Execution execution, Undo undo, JdbcClient jdbc, ImportProperties properties, Clock clock) {
        this.execution = execution;
        this.undo = undo;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every row checked, nothing written. */
    public ImportReport dryRun(Actor actor, ImportRequest request) {
        return dryRun(actor, request, ImportProgress.NONE);
    }

    /** Every row checked, nothing written; told how far it has come, and stopped when it says so. */
    public ImportReport dryRun(Actor actor, ImportRequest request, ImportProgress progress) {
        permit(actor, request.kind());
        return execution.execute(actor, request, true, progress);
    }

    /**
     * Checks the file as a dry run does and hands every rejected row, with its problems, to {@code sink}
     * (for the download of the rows to fix). Nothing is written.
     */
    public void rejectedRows(Actor actor, ImportRequest request, RejectedRows sink) {
        permit(actor, request.kind());
        execution.execute(actor, request, true, ImportProgress.NONE,
                () -> Rejected.write(jdbc, request.file(), request.sheet(), sink));
    }

    /**
     * Checks and, when the file is clean, imports it all in one transaction; else writes nothing and
     * reports why (as the dry run would).
     */
    public ImportReport run(Actor actor, ImportRequest request, ImportProgress progress) {
        permit(actor, request.kind());
        return execution.execute(actor, request, false, progress);
    }

    /** Reverts an import (see {@code Undo}); throws RuleViolationException with the reason when it cannot. */
    public void undo(Actor actor, long batchId) {
        permit(actor, ImportKind.CUSTOMERS);
        undo.undo(actor, batchId);
    }

    /** The imports an actor may see: all for an administrator, their own for a manager; newest first. */
    public List<ImportBatchView> recent(Actor actor, int limit) {
        permit(actor, ImportKind.CUSTOMERS);
        Duration window = Duration.ofDays(properties.undoDays());
        return jdbc.sql("""
                select b.id, u.username, b.kind, b.mode, b.file_name, b.rows_read, b.created, b.updated, b.unchanged,
                       b.finished_at, b.undone_at
                from import_batch b join app_user u on u.id = b.user_id
                where :all or b.user_id = :user order by b.id desc limit :limit""")
                .param("all", actor.isAdmin()).param("user", actor.userId()).param("limit", limit)
                .query((rs, n) -> {
                    var finished = rs.getTimestamp(10).toInstant();
                    var undone = rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant();
                    return new ImportBatchView(rs.getLong(1), rs.getString(2), ImportKind.valueOf(rs.getString(3)),
                            ImportMode.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getLong(7),
                            rs.getLong(8), rs.getLong(9), finished, undone,
                            undone == null && finished.plus(window).isAfter(clock.instant()));
                }).list();
    }

    /** A file's header and the fields its columns match automatically (field → column). */
    public Map<String, String> suggestMapping(ImportKind kind, Path file, String sheet) {
        try (Table table = Stager.open(file, sheet)) {
            return Fields.match(kind, table.header());
        }
    }

    /** A file's column headers. */
    public List<String> header(Path file, String sheet) {
        try (Table table = Stager.open(file, sheet)) {
            return table.header();
        }
    }

    /** The sheets of an .xlsx file. */
    public List<String> sheets(Path file) {
        return Stager.sheets(file);
    }

    /** The fields a kind understands, in template order. */
    public static List<String> fields(ImportKind kind) {
        return Fields.names(kind);
    }

    /** Saves (or replaces) a mapping under a name. */
    public void saveMapping(Actor actor, String name, ImportKind kind, Map<String, String> mapping) {
        permit(actor, kind);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new RuleViolationException("mappingName", "import.mapping.name");
        }
        StringBuilder json = new StringBuilder("{");
        mapping.forEach((field, column) -> json.append(json.length() > 1 ? "," : "")
                .append(quote(field)).append(':').append(quote(column)));
        jdbc.sql("""
                insert into import_mapping (name, kind, columns, created_by) values (:name, :kind, cast(:columns as jsonb), :by)
                on conflict (lower(name)) do update set kind = excluded.kind, columns = excluded.columns,
                    created_by = excluded.created_by, updated_at = now()""")
                .param("name", trimmed).param("kind", kind.name()).param("columns", json.append('}').toString())
                .param("by", actor.userId()).update();
    }

    /** A saved mapping by name (field → column). */
    public Optional<Map<String, String>> mapping(String name) {
        return jdbc.sql("select key, value from import_mapping m, jsonb_each_text(m.columns)"
                + " where lower(m.name) = lower(:name)").param("name", name)
                .query(rs -> {
                    Map<String, String> found = new LinkedHashMap<>();
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getString(2));
                    }
                    return found.isEmpty() ? Optional.<Map<String, String>>empty() : Optional.of(found);
                });
    }

    /** Names of the saved mappings of a kind. */
    public List<String> mappingNames(ImportKind kind) {
        return jdbc.sql("select name from import_mapping where kind = :kind order by lower(name)")
                .param("kind", kind.name()).query(String.class).list();
    }

    static void permit(Actor actor, ImportKind kind) {
        if (actor.isAdmin() || actor.isManager() && kind != ImportKind.PRODUCTS) {
            return;
        }
        throw new NotPermittedException(actor.username() + " may not import " + kind.name().toLowerCase());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
