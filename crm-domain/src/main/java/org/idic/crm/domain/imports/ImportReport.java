package org.idic.crm.domain.imports;

import java.util.List;

/**
 * What a dry run found or an import did. {@code problems} holds the first problems (at most
 * {@link #PROBLEMS_SHOWN}); {@code problemCount} counts all of them. {@code batchId} is the import's id
 * for undo, null for a dry run or a rejected file.
 */
public record ImportReport(Long batchId, ImportKind kind, ImportMode mode, long rows, long create, long update,
        long unchanged, long skipped, long rejected, long problemCount, List<ImportProblem> problems,
        List<PossibleDuplicate> duplicates, List<String> header, long millis) {

    public static final int PROBLEMS_SHOWN = 1000;

    /** Whether the file can be imported as it is. */
    public boolean clean() {
        return problemCount == 0 && duplicates.isEmpty();
    }

    /** Rows per second, for the benchmark and the command line. */
    public long rowsPerSecond() {
        return millis == 0 ? rows : rows * 1000 / millis;
    }
}
