package org.idic.crm.domain.imports.internal;

import java.util.Map;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.imports.DuplicateChoice;
import org.idic.crm.domain.imports.ImportMode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks of one kind over the staged rows, in SQL over the whole file at once (each adds its
 * problems to {@code import_problem}), and the write of the rows that passed through the owning module.
 * Every check leaves an {@code action} per record: create, update, unchanged or skip.
 */
public interface Check {

    /** What the checks work with: who imports, how, and from which columns. */
    record Context(Actor actor, ImportMode mode, Map<String, String> mapping, Long defaultOwnerId,
            DuplicateChoice duplicates, JdbcClient jdbc) {

        /** The file's header for a field, as problems name it (the field's own name when unmapped). */
        String column(String field) {
            return mapping.getOrDefault(field, field);
        }

        boolean restricted() {
            return !actor.isAdmin();
        }

        /** Adds the problem {@code code} for every row {@code select} returns (line, value, arg). */
        void problems(String field, String code, String select) {
            jdbc.sql("insert into import_problem (line, col, val, code, arg) select line, :col, val, :code, arg from ("
                    + select + ") p").param("col", column(field)).param("code", code)
                    .param("team", actor.teamId() == null ? -1L : actor.teamId()).update();
        }
    }

    /** Runs the checks; afterwards {@link #counts} holds what would be done. */
    void check(Context context);

    /** {create, update, unchanged, skip}. */
    long[] counts(Context context);

    /** Possible duplicates (customers only): line, name, matched number, matched name, matched on. */
    default java.util.List<org.idic.crm.domain.imports.PossibleDuplicate> duplicates(Context context) {
        return java.util.List.of();
    }

    /** Writes what the checks left through the owning module and records it for undo under {@code batch}. */
    void write(Context context, long batch);
}
