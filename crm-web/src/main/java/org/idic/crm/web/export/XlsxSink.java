package org.idic.crm.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx workbook written with POI's streaming API: only the last {@value #WINDOW} rows stay in
 * memory, the others go to a temporary file that {@link #close()} deletes. Numbers are numeric cells,
 * dates date cells, text inline strings (never formulas, so shown exactly as stored); the header row is bold, frozen and
 * filterable. Past a sheet's row limit the rows go on in a new sheet under the same header.
 */
final class XlsxSink implements TableSink, AutoCloseable {

    static final int WINDOW = 100;
    /** Excel's longest cell text. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final ZoneId zone;
    private final int rowsPerSheet;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private List<String> header = List.of();
    private SXSSFSheet sheet;
    private int nextRow;

    XlsxSink(ZoneId zone) {
        this(zone, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    XlsxSink(ZoneId zone, int rowsPerSheet) {
        this.zone = zone;
        this.rowsPerSheet = rowsPerSheet;
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(dateFormat);
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    @Override
    public void header(List<String> names) {
        header = List.copyOf(names);
        newSheet();
    }

    @Override
    public void row(List<?> values) {
        if (sheet == null || nextRow >= rowsPerSheet) {
            newSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value != null) {
                write(row.createCell(i), value);
            }
        }
    }

    /** The finished workbook, written to the stream (the caller closes the stream). */
    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary files. */
    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }

    private void newSheet() {
        sheet = workbook.createSheet();
        nextRow = 0;
        if (header.isEmpty()) {
            return;
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(text(header.get(i)));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, width(header.get(i)));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, header.size() - 1));
    }

    private void write(Cell cell, Object value) {
        if (value instanceof Number n) {
            double d = n instanceof Float f ? Double.parseDouble(f.toString()) : n.doubleValue();
            if (Double.isFinite(d)) {
                cell.setCellValue(d);
            }
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Instant i) {
            cell.setCellValue(LocalDateTime.ofInstant(i, zone));
            cell.setCellStyle(dateTimeStyle);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(text(value.toString()));
        }
    }

    /**
     * Text as it is: SXSSF writes every text as an inline string, which a spreadsheet never evaluates, so a
     * phone number "+86 …" or a name "=Acme" needs no quote in front (CSV does; see {@link CellText}).
     */
    private static String text(String value) {
        return value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }

    /** A column as wide as its header, at least 12 characters; CJK characters count double. */
    private static int width(String name) {
        int chars = name.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        return Math.min(80, Math.max(12, chars + 3)) * 256;
    }
}
