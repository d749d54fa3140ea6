package org.idic.crm.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files that are not what they should be, and .xlsx workbooks; with small limits to reach them. */
@SpringBootTest(properties = {"crm.import.max-rows=5", "crm.import.max-file-size=64KB"})
@WithTestDatabase
class ImportFilesTest {

    @Autowired
    Imports imports;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;
    String before;

    @BeforeEach
    void reset() {
        scenario.reset();
        before = scenario.fingerprint();
    }

    ImportReport run(Path file) {
        return imports.run(scenario.actor("admin"), ImportRequest.of(ImportKind.CUSTOMERS, ImportMode.CREATE, file),
                ImportProgress.NONE);
    }

    void refused(Path file, String code) {
        assertThatThrownBy(() -> run(file)).isInstanceOf(ImportRefusedException.class).hasMessageStartingWith(code);
        assertThat(scenario.fingerprint()).isEqualTo(before);
    }

    @Test
    void randomBytesAreRefusedAsNotText() {
        byte[] noise = new byte[3000];
        new Random(7).nextBytes(noise);
        refused(ImportFiles.bytes(dir, "noise.csv", noise), "import.file.binary");
    }

    @Test
    void aFileInNeitherUtf8NorGb18030IsRefused() {
        byte[] latin1 = "number,name,owner\nK-1,Caf\u00e9,rep1\n".getBytes(StandardCharsets.ISO_8859_1);
        refused(ImportFiles.bytes(dir, "latin1.csv", latin1), "import.file.encoding");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefused() {
        refused(ImportFiles.bytes(dir, "empty.csv", new byte[0]), "import.file.empty");
        refused(ImportFiles.csv(dir, "header.csv", "number,name,owner\n"), "import.file.headerOnly");
    }

    @Test
    void theSizeAndRowCapsAreEnforced() {
        refused(ImportFiles.csv(dir, "big.csv", "number,name,owner\n" + "K-1,A,rep1\n".repeat(7000)),
                "import.file.tooLarge [64 KB]");
        StringBuilder rows = new StringBuilder("number,name,owner\n");
        for (int i = 0; i < 6; i++) {
            rows.append("K-").append(i).append(",A,rep1\n");
        }
        refused(ImportFiles.csv(dir, "rows.csv", rows.toString()), "import.file.tooManyRows [5]");
    }

    @Test
    void anXlsxSheetImportsWithItsDatesAndNumbers() {
        Path file = ImportFiles.xlsx(dir, "book.xlsx", List.of(
                List.of("客户编号", "客户名称", "负责人", "电话"),
                List.of("K-1", "Acme", "rep1", 13800138000L),
                List.of("K-2", "Bolt", "rep3", "+86 21 5555 0000")));

        ImportReport report = run(file);

        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.queryForList("select name || ' ' || phone from customer order by customer_number",
                String.class)).containsExactly("Acme 13800138000", "Bolt +86 21 5555 0000");
        assertThat(imports.sheets(file)).containsExactly("Customers", "Notes");
    }

    @Test
    void anXlsxDateCellIsReadAsADate() {
        run(ImportFiles.xlsx(dir, "c.xlsx", List.of(List.of("number", "name", "owner"), List.of("K-1", "A", "rep1"))));
        Path orders = ImportFiles.xlsx(dir, "o.xlsx", List.of(
                List.of("order_number", "customer_number", "order_date", "amount"),
                List.of("O-1", "K-1", LocalDate.of(2026, 2, 3), 99.5)));

        ImportReport report = imports.run(scenario.actor("admin"),
                ImportRequest.of(ImportKind.ORDERS, ImportMode.CREATE, orders), ImportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.queryForObject("select order_date || ' ' || amount from customer_order", String.class))
                .isEqualTo("2026-02-03 99.50");
    }

    @Test
    void aFormulaInAnXlsxCellRefusesTheFile() {
        refused(ImportFiles.xlsx(dir, "f.xlsx", List.of(List.of("number", "name", "owner"),
                List.of("K-1", "=CONCAT(\"A\",\"B\")", "rep1"))), "import.xlsx.formula [B2]");
    }

    @Test
    void aZipBombXlsxIsRefused() throws IOException {
        Path normal = ImportFiles.xlsx(dir, "n.xlsx", List.of(List.of("number", "name", "owner"),
                List.of("K-1", "A", "rep1")));
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile zip = new ZipFile(normal.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 20; i++) {
                        out.write(spaces); // 20 MB of nothing that compresses a thousand times
                    }
                    out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        refused(bomb, "import.xlsx.zipBomb");
    }

    @Test
    void anOldXlsFileIsRefusedWithAHint() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        refused(ImportFiles.bytes(dir, "old.xls", ole), "import.file.xls");
    }

    @Test
    void aMappingNamingAColumnTheFileLacksIsRefused() {
        Path file = ImportFiles.csv(dir, "c.csv", "number,name\nK-1,A\n");
        assertThatThrownBy(() -> imports.dryRun(scenario.actor("admin"),
                ImportRequest.of(ImportKind.CUSTOMERS, ImportMode.CREATE, file)
                        .withMapping(java.util.Map.of("name", "Firma"))))
                .hasMessageStartingWith("import.mapping.noColumn [Firma]");
    }

}
