package org.idic.crm.domain.imports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.idic.crm.domain.imports.ImportCancelledException;
import org.idic.crm.domain.imports.ImportKind;
import org.idic.crm.domain.imports.ImportProgress;
import org.idic.crm.domain.imports.ImportRefusedException;
import org.idic.crm.domain.support.Copy;

/**
 * Streams a file's rows into the temporary table {@code import_stage} (COPY; one text column per field,
 * {@code f_<field>}, plus the row's line) and the problems found in single cells into
 * {@code import_problem}. Both tables go with the transaction. Memory stays flat: one row at a time.
 */
public final class Stager {

    /** What was staged. */
    public record Staged(long rows, List<String> header) {
    }

    private Stager() {
    }

    /**
     * Stages the table's rows for the fields of {@code kind} read from the columns {@code mapping} names;
     * {@code required} fields must not be empty.
     */
    public static Staged stage(Connection connection, ImportKind kind, Table table, Map<String, String> mapping,
            Set<String> required, long maxRows, ImportProgress progress) throws SQLException {
        List<Field> fields = Fields.of(kind);
        int[] index = new int[fields.size()];
        List<String> header = table.header();
        for (int i = 0; i < fields.size(); i++) {
            String column = mapping.get(fields.get(i).name());
            index[i] = column == null ? -1 : header.indexOf(column);
            if (column != null && index[i] < 0) {
                throw new ImportRefusedException("import.mapping.noColumn", column);
            }
        }
        for (String field : required) {
            if (!mapping.containsKey(field)) {
                throw new ImportRefusedException("import.mapping.missing", field);
            }
        }
        create(connection, fields);
        Path problemsFile = temporary();
        long rows = 0;
        try (Copy problems = Copy.toFile(problemsFile)) {
            try (Copy stage = new Copy(connection, "import_stage", columns(fields))) {
                while (table.next()) {
                    rows++;
                    if (rows > maxRows) {
                        throw new ImportRefusedException("import.file.tooManyRows", maxRows);
                    }
                    if ((rows & 0x3fff) == 0 && !progress.proceed("read", rows)) {
                        throw new ImportCancelledException();
                    }
                    row(table, fields, index, header, required, stage, problems);
                }
            }
        } catch (UncheckedIOException e) {
            throw new ImportRefusedException("import.file.unreadable");
        }
        if (rows == 0) {
            delete(problemsFile);
            throw new ImportRefusedException("import.file.headerOnly");
        }
        Copy.fromFile(connection, "import_problem", "line, col, val, code, arg", problemsFile);
        delete(problemsFile);
        try (Statement s = connection.createStatement()) {
            s.execute("analyze import_stage");
        }
        return new Staged(rows, header);
    }

    private static void row(Table table, List<Field> fields, int[] index, List<String> header, Set<String> required,
            Copy stage, Copy problems) throws SQLException {
        List<String> values = table.values();
        long line = table.line();
        boolean bad = false;
        if (values.size() != header.size() && !onlyEmptyBeyond(values, header.size())) {
            problem(problems, line, null, String.valueOf(values.size()), "import.row.ragged", header.size());
            bad = true;
        }
        stage.add(line);
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String raw = index[i] >= 0 && index[i] < values.size() ? values.get(index[i]).strip() : "";
            if (raw.isEmpty()) {
                if (required.contains(field.name())) {
                    problem(problems, line, header.get(index[i]), "", "import.value.required", null);
                    bad = true;
                }
                stage.add(null);
                continue;
            }
            Values.Checked checked = Values.check(field, raw);
            if (checked.problem() != null) {
                problem(problems, line, header.get(index[i]), raw, checked.problem(), checked.argument());
                bad = true;
            }
            stage.add(checked.value());
        }
        stage.add(bad);
        stage.endRow();
    }

    private static boolean onlyEmptyBeyond(List<String> values, int size) {
        if (values.size() < size) {
            return false;
        }
        return values.subList(size, values.size()).stream().allMatch(String::isBlank);
    }

    private static void problem(Copy problems, long line, String column, String value, String code, Object arg)
            throws SQLException {
        problems.add(line).add(column).add(value.length() > 200 ? value.substring(0, 200) : value).add(code)
                .add(arg == null ? null : arg.toString());
        problems.endRow();
    }

    private static void create(Connection connection, List<Field> fields) throws SQLException {
        StringBuilder sql = new StringBuilder("create temp table import_stage (line bigint not null");
        for (Field field : fields) {
            sql.append(", f_").append(field.name()).append(" text");
        }
        sql.append(", bad boolean not null) on commit drop");
        try (Statement s = connection.createStatement()) {
            s.execute(sql.toString());
            s.execute("create temp table import_problem (line bigint, col text, val text, code text not null,"
                    + " arg text) on commit drop");
        }
    }

    private static String columns(List<Field> fields) {
        List<String> names = new ArrayList<>();
        names.add("line");
        fields.forEach(f -> names.add("f_" + f.name()));
        names.add("bad");
        return String.join(", ", names);
    }

    private static Path temporary() {
        try {
            return Files.createTempFile("crm-import-problems", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file: the system cleans it up
        }
    }

    /** Opens a file as a table: CSV or .xlsx, as its bytes say. */
    public static Table open(Path file, String sheet) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportRefusedException("import.file.unreadable");
        }
        return Sniffer.format(file, size) == Sniffer.Format.XLSX ? new XlsxTable(file, sheet)
                : new CsvTable(file, Sniffer.text(file));
    }

    public static List<String> sheets(Path file) {
        return XlsxTable.sheetNames(file);
    }
}
