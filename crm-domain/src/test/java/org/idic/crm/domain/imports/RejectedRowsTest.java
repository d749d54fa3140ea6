package org.idic.crm.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The rows to fix: every rejected row of the file, as the file has it, with all of its problems. */
@SpringBootTest
@WithTestDatabase
class RejectedRowsTest {

    @Autowired
    Imports imports;
    @Autowired
    Scenario scenario;
    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        scenario.reset();
    }

    @Test
    void everyRejectedRowComesBackWithItsValuesAndEveryProblemAndNothingIsWritten() {
        Path file = ImportFiles.csv(dir, "c.csv", ImportCustomersTest.HEADER
                + "K-1,PERSON,Acme,not-an-email,,Shanghai,CN,rep1,\n"
                + "K-2,INDIVIDUAL,Good,,,,,rep1,\n"
                + "K-3,INDIVIDUAL,Bad owner,,,,,nobody,\n");
        String before = scenario.fingerprint();
        List<String> header = new ArrayList<>();
        List<String> rows = new ArrayList<>();

        imports.rejectedRows(scenario.actor("admin"), ImportRequest.of(ImportKind.CUSTOMERS, ImportMode.CREATE, file),
                new RejectedRows() {
                    @Override
                    public void header(List<String> names) {
                        header.addAll(names);
                    }

                    @Override
                    public void row(long line, List<String> values, List<ImportProblem> problems) {
                        rows.add(line + " " + values.get(0) + " " + values.get(2) + " "
                                + problems.stream().map(ImportProblem::code).sorted().toList());
                    }
                });

        assertThat(header).startsWith("number", "type", "name");
        assertThat(rows).containsExactly("2 K-1 Acme [import.value.email, import.value.enum]",
                "4 K-3 Bad owner [import.owner.unknown]");
        assertThat(scenario.fingerprint()).isEqualTo(before);
    }
}
