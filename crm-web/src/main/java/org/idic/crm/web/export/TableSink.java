package org.idic.crm.web.export;

import java.util.List;

/**
 * Where an export writes its table: one header, then rows, each written out as it comes (nothing is
 * collected). A value is a {@code String}, a {@code Number} ({@code Integer}, {@code Long},
 * {@code Double}, {@code BigDecimal}), a {@code LocalDate}, an {@code Instant}, a {@code Boolean} or
 * null (an empty cell); anything else is written as its {@code toString()} text. Text is neutralised
 * against formula injection ({@link CellText#safe(String)}); numbers stay numbers.
 * <p>
 * The sinks throw {@link java.io.UncheckedIOException} when the output fails (for example when the
 * user cancels the download), so that a row callback may write without declaring it.
 */
public interface TableSink {

    /** The column names; call once, before the rows. */
    void header(List<String> names);

    /** One row, its values in the order of the header. */
    void row(List<?> values);
}
