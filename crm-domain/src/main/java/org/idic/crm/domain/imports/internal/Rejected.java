package org.idic.crm.domain.imports.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.imports.ImportProblem;
import org.idic.crm.domain.imports.RejectedRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rejected rows of a checked file: the problems (ordered by line, read from {@code import_problem} as
 * a stream) merged with a second pass over the file, so that memory stays flat however many rows are bad.
 */
public final class Rejected {

    private Rejected() {
    }

    /** Runs inside the dry run's transaction, after the checks. */
    public static void write(JdbcClient jdbc, Path file, String sheet, RejectedRows sink) {
        try (Table table = Stager.open(file, sheet)) {
            sink.header(table.header());
            Merge merge = new Merge(table, sink);
            jdbc.sql("select line, col, val, code, arg from import_problem where line is not null order by line, col")
                    .query(rs -> {
                        merge.add(new ImportProblem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    });
            merge.flush();
        }
    }

    /** Collects one line's problems, and writes the line with them when the next line begins. */
    private static final class Merge {

        private final Table table;
        private final RejectedRows sink;
        private final List<ImportProblem> problems = new ArrayList<>();
        private boolean more = true;
        private boolean started;

        Merge(Table table, RejectedRows sink) {
            this.table = table;
            this.sink = sink;
        }

        void add(ImportProblem problem) {
            if (!problems.isEmpty() && problems.get(0).line() != problem.line()) {
                flush();
            }
            problems.add(problem);
        }

        void flush() {
            if (problems.isEmpty()) {
                return;
            }
            long line = problems.get(0).line();
            if (!started) {
                // a table has no current row before its first next()
                more = table.next();
                started = true;
            }
            while (more && (table.line() < line)) {
                more = table.next();
            }
            if (more && table.line() == line) {
                sink.row(line, List.copyOf(table.values()), List.copyOf(problems));
            }
            problems.clear();
        }
    }
}
