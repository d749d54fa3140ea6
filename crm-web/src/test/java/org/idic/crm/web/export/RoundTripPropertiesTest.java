package org.idic.crm.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.idic.crm.segmentation.testing.RandomCases;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Whatever text goes in, a spreadsheet reads it back as text, never a formula: neutralised in CSV, as it is in .xlsx. */
class RoundTripPropertiesTest {

    static final Clock CLOCK = ExportsTest.CLOCK;

    /** Tables of 1–4 columns and 1–8 rows, text full of separators, quotes, line breaks and formula starts. */
    static List<List<String>> table(RandomCases.Draw draw) {
        int columns = draw.intBetween(1, 4);
        List<List<String>> table = new ArrayList<>();
        for (int rows = draw.intBetween(1, 8); table.size() < rows; ) {
            List<String> row = new ArrayList<>();
            while (row.size() < columns) {
                row.add(switch (draw.intBetween(0, 2)) {
                    case 0 -> draw.textOf(",\"\r\n=+-@\t\0' a王😀", 8);
                    case 1 -> draw.anyText(12);
                    default -> draw.oneOf("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "\r\n",
                            "", "\"", ",");
                });
            }
            table.add(row);
        }
        return table;
    }

    @Test
    void csvParsesBackToExactlyTheNeutralisedValues() {
        RandomCases.check(500, draw -> csvParsesBackToExactlyTheNeutralisedValues(table(draw)));
    }

    @Test
    void xlsxCellsAreTextNeverFormulasAndHoldTheValuesAsTheyAre() {
        RandomCases.check(40, draw -> xlsxCellsAreTextNeverFormulasAndHoldTheValuesAsTheyAre(table(draw)));
    }

    private static void csvParsesBackToExactlyTheNeutralisedValues(List<List<String>> table) throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Exports.stream(response, ExportFormat.CSV, "t", CLOCK, sink -> table.forEach(sink::row));

        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> parsed = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv.substring(1)))) {
            parsed.add(record.toList());
        }
        assertThat(parsed).isEqualTo(expected(table));
        for (List<String> row : parsed) {
            row.forEach(RoundTripPropertiesTest::assertNotAFormula);
        }
    }

    private static void xlsxCellsAreTextNeverFormulasAndHoldTheValuesAsTheyAre(List<List<String>> table)
            throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Exports.stream(response, ExportFormat.XLSX, "t", CLOCK, sink -> table.forEach(sink::row));

        // inline strings: a spreadsheet shows them as they are and never evaluates them, so no quote is added
        // (a lone half of a surrogate pair cannot be written in UTF-8 and comes back as '?')
        List<List<String>> expected = table.stream().map(row -> row.stream().map(v -> new String(
                v.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).toList()).toList();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            for (int r = 0; r < table.size(); r++) {
                for (int c = 0; c < table.get(r).size(); c++) {
                    Cell cell = sheet.getRow(r).getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(xmlReadable(expected.get(r).get(c)));
                }
            }
        }
    }

    /** The table as a reader should get it back: text neutralised, as UTF-8 carries it. */
    private static List<List<String>> expected(List<List<String>> table) {
        return table.stream().map(row -> row.stream().map(v -> new String(CellText.safe(v).getBytes(
                StandardCharsets.UTF_8), StandardCharsets.UTF_8)).toList()).toList();
    }

    /** What XML 1.0 carries of a text: POI writes a control character other than TAB, CR, LF as {@code ?}. */
    static String xmlReadable(String text) {
        StringBuilder readable = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean invalid = (c < ' ' && c != '\t' && c != '\r' && c != '\n') || c == '\uFFFE' || c == '\uFFFF';
            readable.append(invalid ? '?' : c);
        }
        return readable.toString();
    }

    static void assertNotAFormula(String value) {
        if (!value.isEmpty() && !value.startsWith("'")) {
            assertThat(CellText.DANGEROUS_STARTS.indexOf(value.charAt(0))).as("first character of %s", value)
                    .isNegative();
        }
    }
}
