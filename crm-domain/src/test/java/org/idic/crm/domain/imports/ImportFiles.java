package org.idic.crm.domain.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files written by the tests: CSV in any encoding, .xlsx made with POI. */
final class ImportFiles {

    private ImportFiles() {
    }

    static Path csv(Path dir, String name, String text) {
        return bytes(dir, name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Path csv(Path dir, String name, String text, Charset charset) {
        return bytes(dir, name, text.getBytes(charset));
    }

    static Path bytes(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .xlsx whose first sheet holds the rows (a cell starting with "=" becomes a formula). */
    static Path xlsx(Path dir, String name, List<List<Object>> rows) {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Customers");
            var dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof java.time.LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dates);
                    } else if (value instanceof String s && s.startsWith("=")) {
                        cell.setCellFormula(s.substring(1));
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("not data");
            book.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
