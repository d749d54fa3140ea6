package org.idic.crm.web.export;

/**
 * The one rule against formula injection (CSV injection): a spreadsheet runs a cell that begins with
 * {@code = + - @}, a tab or a carriage return (and some a NUL) as a formula, so such text is prefixed
 * with a single quote, which makes it plain text. Every text field of every CSV export goes through
 * here; numbers written as numbers are not text and are left alone. An .xlsx export needs none of this:
 * its text cells are inline strings, which a spreadsheet never evaluates.
 */
public final class CellText {

    /** The first characters that make a cell a formula. */
    static final String DANGEROUS_STARTS = "=+-@\t\r\0";

    private CellText() {
    }

    /** The text as it may be written to a cell: unchanged, or with a {@code '} in front. Null stays null. */
    public static String safe(String text) {
        if (text == null || text.isEmpty() || DANGEROUS_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
