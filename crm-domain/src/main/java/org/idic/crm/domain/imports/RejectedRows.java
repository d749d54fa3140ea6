package org.idic.crm.domain.imports;

import java.util.List;

/** Receives the rows a dry run rejected, in the order of the file, each with every problem found in it. */
public interface RejectedRows {

    /** The file's header, once, before the rows. */
    void header(List<String> header);

    /** One rejected row: its line, its values as the file has them, and what is wrong with it. */
    void row(long line, List<String> values, List<ImportProblem> problems);
}
