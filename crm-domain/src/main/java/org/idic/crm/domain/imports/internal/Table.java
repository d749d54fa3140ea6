package org.idic.crm.domain.imports.internal;

import java.util.List;

/** A file's rows, read one at a time: its header, then each row with its line in the file. */
public interface Table extends AutoCloseable {

    List<String> header();

    /** Moves to the next row; false at the end. */
    boolean next();

    /** The current row's line (the header is line 1). */
    long line();

    /** The current row's values (as many as it has: a ragged row has fewer or more than the header). */
    List<String> values();

    @Override
    void close();
}
