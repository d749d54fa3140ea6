package org.idic.crm.domain.imports;

import java.time.Instant;

/** A past import, for the list of imports and their undo. */
public record ImportBatchView(long id, String username, ImportKind kind, ImportMode mode, String fileName, long rows,
        long created, long updated, long unchanged, Instant finishedAt, Instant undoneAt, boolean undoable) {
}
