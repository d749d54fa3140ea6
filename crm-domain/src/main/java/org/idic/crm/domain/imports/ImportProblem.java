package org.idic.crm.domain.imports;

/**
 * One thing wrong with one row: the file's line (the header is line 1), the column as the file names it,
 * the value found, and why, as a message key with its arguments (the pages and the command line say it in
 * the user's language).
 */
public record ImportProblem(long line, String column, String value, String code, String argument) {
}
