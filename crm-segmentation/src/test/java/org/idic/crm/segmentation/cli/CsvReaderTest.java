package org.idic.crm.segmentation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.idic.crm.segmentation.testing.RandomCases;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvReader reader(String content) throws IOException {
        Path p = Files.createTempFile("csv", ".csv");
        p.toFile().deleteOnExit();
        Files.write(p, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new CsvReader(p);
    }

    @Test
    void readsQuotesCrlfBomAndBlankLinesAndCountsLines() throws IOException {
        try (CsvReader csv = reader("\uFEFFa,b\r\n\r\n\"x, \"\"y\"\"\",2\r\n\"multi\nline\",3\n4,5")) {
            assertThat(csv.next()).isTrue();
            assertThat(csv.text(0)).isEqualTo("a");
            assertThat(csv.line()).isEqualTo(1);
            assertThat(csv.next()).isTrue();
            assertThat(csv.line()).isEqualTo(3);
            assertThat(csv.text(0)).isEqualTo("x, \"y\"");
            assertThat(csv.parseLong(1)).isEqualTo(2);
            assertThat(csv.next()).isTrue();
            assertThat(csv.text(0)).isEqualTo("multi\nline");
            assertThat(csv.next()).isTrue();
            assertThat(csv.line()).isEqualTo(6);
            assertThat(csv.parseDouble(1)).isEqualTo(5);
            assertThat(csv.next()).isFalse();
        }
    }

    @Test
    void parsesDatesAndRejectsNonsense() throws IOException {
        try (CsvReader csv = reader("2024-02-29,2024-02-30,2010-12-01 08:26,2011-01-04T10:00,1e3,0x1p3,Infinity\n")) {
            csv.next();
            assertThat(csv.parseEpochDay(0)).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
            assertThatThrownBy(() -> csv.parseEpochDay(1)).isInstanceOf(java.time.DateTimeException.class);
            assertThat(csv.parseEpochDay(2)).isEqualTo(LocalDate.of(2010, 12, 1).toEpochDay());
            assertThat(csv.parseEpochDay(3)).isEqualTo(LocalDate.of(2011, 1, 4).toEpochDay());
            assertThat(csv.parseDouble(4)).isEqualTo(1000);
            assertThatThrownBy(() -> csv.parseDouble(5)).isInstanceOf(NumberFormatException.class);
            assertThatThrownBy(() -> csv.parseDouble(6)).isInstanceOf(NumberFormatException.class);
        }
    }

    /** The fast path must give exactly what Double.parseDouble gives, so CSV and SQL facts agree bit for bit. */
    @Test
    void fastDecimalParsingEqualsDoubleParseDouble() {
        RandomCases.check(2000, draw -> fastDecimalParsingEqualsDoubleParseDouble(
                draw.longBetween(-999_999_999_999L, 999_999_999_999L), draw.intBetween(0, 6)));
    }

    private static void fastDecimalParsingEqualsDoubleParseDouble(long units, int decimals) throws IOException {
        String text = java.math.BigDecimal.valueOf(units, decimals).toPlainString();
        try (CsvReader csv = reader(text + "\n")) {
            csv.next();
            assertThat(csv.parseDouble(0)).isEqualTo(Double.parseDouble(text));
        }
    }
}
