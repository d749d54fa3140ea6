package org.idic.crm.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class ExportsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneId.of("Asia/Shanghai"));

    static final List<String> HEADER = List.of("Name", "Amount", "Day", "When", "Flag", "Note");

    static void sample(TableSink sink) {
        sink.header(HEADER);
        sink.row(Arrays.asList("Acme, \"Ltd\"", -1234.5, LocalDate.of(2026, 1, 2), Instant.parse("2026-01-02T03:04:05Z"),
                true, null));
        sink.row(Arrays.asList("two\r\nlines", new BigDecimal("1E+3"), null, null, false, "王伟"));
        sink.row(Arrays.asList("=HYPERLINK(\"http://evil\",\"x\")", 1234567.0, 42, 7_000_000_000L, null, "+1"));
        sink.row(Arrays.asList("-2+3", -0.1, new BigDecimal("-3.50"), null, null, "@SUM(A1)"));
        sink.row(Arrays.asList("\tTabbed", 0.000_001, null, null, null, "\r=1"));
    }

    @Test
    void csvIsRfc4180WithABomCrlfAndPlainNumbers() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Exports.stream(response, ExportFormat.CSV, "customers", CLOCK, sink -> sample(sink));

        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Name,Amount,Day,When,Flag,Note\r\n"
                + "\"Acme, \"\"Ltd\"\"\",-1234.5,2026-01-02,2026-01-02 11:04:05,true,\r\n"
                + "\"two\r\nlines\",1000,,,false,王伟\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1234567,42,7000000000,,'+1\r\n"
                + "'-2+3,-0.1,-3.50,,,'@SUM(A1)\r\n"
                + "'\tTabbed,0.000001,,,,\"'\r=1\"\r\n");
    }

    @Test
    void theDownloadIsNamedStampedAndNotCached() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Exports.stream(response, ExportFormat.CSV, "customers", CLOCK, sink -> sink.header(List.of("x")));

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"customers-20260304-1306.csv\"");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void fileNamesAreAsciiWhateverTheBaseName() {
        assertThat(Exports.fileName("tier report", ExportFormat.XLSX, CLOCK)).isEqualTo("tier-report-20260304-1306.xlsx");
        assertThat(Exports.fileName("客户\"; x=\r\n/../a", ExportFormat.CSV, CLOCK)).isEqualTo("x-..-a-20260304-1306.csv");
        assertThat(Exports.fileName("客户", ExportFormat.CSV, CLOCK)).isEqualTo("export-20260304-1306.csv");
        assertThat(Exports.fileName(null, ExportFormat.CSV, CLOCK)).isEqualTo("export-20260304-1306.csv");
    }

    @Test
    void formatsAreParsedFromTheirExtension() {
        assertThat(ExportFormat.parse("csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.parse(" XLSX ")).contains(ExportFormat.XLSX);
        assertThat(ExportFormat.parse("xls")).isEmpty();
        assertThat(ExportFormat.parse("")).isEmpty();
        assertThat(ExportFormat.parse(null)).isEmpty();
        assertThat(ExportFormat.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(ExportFormat.XLSX.extension()).isEqualTo("xlsx");
    }

    @Test
    void xlsxHasABoldFrozenHeaderRealNumbersAndDatesAndNeutralisedText() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Exports.stream(response, ExportFormat.XLSX, "customers", CLOCK, sink -> sample(sink));

        assertThat(response.getHeader("Content-Disposition")).endsWith("-20260304-1306.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);

            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Acme, \"Ltd\"");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-1234.5);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 2));
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).hasToString("2026-01-02T11:04:05");
            assertThat(first.getCell(4).getBooleanCellValue()).isTrue();
            assertThat(first.getCell(5)).isNull();

            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("王伟");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(7.0e9);
            assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(-3.5);
            List<String> formulaLooking = List.of(text(sheet, 3, 0), text(sheet, 3, 5), text(sheet, 4, 0),
                    text(sheet, 4, 5), text(sheet, 5, 0), text(sheet, 5, 5));
            // an inline string is never a formula: the text stays exactly as it was (issue 9: phone numbers
            // "+86 …" came out of .xlsx files as "'+86 …")
            assertThat(formulaLooking).containsExactly("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2+3",
                    "@SUM(A1)", "\tTabbed", "\r=1");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        var cell = sheet.getRow(row).getCell(column);
        assertThat(cell.getCellType()).as("row %d column %d", row, column).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    @Test
    void aFullSheetGoesOnInANewSheetUnderTheSameHeader() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (XlsxSink sink = new XlsxSink(ZoneId.of("UTC"), 3)) {
            sink.header(List.of("n"));
            for (int i = 1; i <= 5; i++) {
                sink.row(List.of(i));
            }
            sink.writeTo(out);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("n");
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(book.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(5.0);
        }
    }

    @Test
    void csvRowsReachTheClientWhileTheBodyIsStillWriting() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        long[] bytesSeenMidway = {0};

        Exports.stream(response, ExportFormat.CSV, "big", CLOCK, sink -> {
            sink.header(List.of("n", "name"));
            for (int i = 0; i < 20_000; i++) {
                sink.row(List.of(i, "customer " + i));
                if (i == 10_000) {
                    bytesSeenMidway[0] = response.getContentAsByteArray().length;
                }
            }
        });

        assertThat(bytesSeenMidway[0]).isGreaterThan(100_000);
        assertThat(response.getContentAsByteArray().length).isGreaterThan((int) bytesSeenMidway[0]);
    }

    @Test
    void aBodyThatFailsBeforeAnythingWasSentLeavesACleanResponseForTheErrorPage() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> Exports.stream(response, ExportFormat.XLSX, "x", CLOCK, sink -> {
            sink.header(List.of("a"));
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(response.getHeader("Content-Disposition")).isNull();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aFailedWriteSurfacesAsTheIoExceptionItWas() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        IOException broken = new IOException("client went away");

        assertThatThrownBy(() -> Exports.stream(response, ExportFormat.CSV, "x", CLOCK, sink -> {
            throw new UncheckedIOException(broken);
        })).isSameAs(broken);
    }
}
