package org.idic.crm.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.idic.crm.segmentation.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Online Retail invoices (a slice, see the README beside it) imported as customers and orders score
 * the same in a segmentation run as in the engine's command-line tool on the same file.
 */
@SpringBootTest
@WithTestDatabase
class ImportOnlineRetailTest {

    static final LocalDate AS_OF = LocalDate.of(2011, 12, 10);

    @Autowired
    Imports imports;
    @Autowired
    SegmentationRuns runs;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @Test
    void importedCustomersScoreAsTheEngineScoresTheirTransactions() throws IOException {
        scenario.reset();
        Path file = dir.resolve("online_retail_slice.csv");
        try (InputStream in = getClass().getResourceAsStream("/online-retail/online_retail_slice.csv")) {
            Files.copy(in, file);
        }
        var admin = scenario.actor("admin");
        ImportReport customers = imports.run(admin, ImportRequest.of(ImportKind.CUSTOMERS, ImportMode.UPSERT, file)
                .withDefaultOwner("rep1"), ImportProgress.NONE);
        ImportReport orders = imports.run(admin, ImportRequest.of(ImportKind.ORDERS, ImportMode.UPSERT, file),
                ImportProgress.NONE);
        assertThat(customers.problems()).isEmpty();
        assertThat(customers.create()).isEqualTo(433);
        assertThat(orders.problems()).isEmpty();
        assertThat(orders.create()).isEqualTo(1724);

        runs.runNow(RunTrigger.COMMAND, AS_OF, "test");
        Map<String, String> crm = new HashMap<>();
        jdbc.query("""
                select c.customer_number, s.abc_class, s.pyramid_level, s.r_score, s.f_score, s.m_score, s.rfm_segment
                from customer_score s join customer c on c.id = s.customer_id
                where s.run_id = (select max(id) from segmentation_run)""", rs -> {
            List<String> values = new java.util.ArrayList<>();
            for (int i = 2; i <= 7; i++) {
                values.add(java.util.Objects.toString(rs.getString(i), "")); // not scored: empty, as in the file
            }
            crm.put(rs.getString(1), String.join(" ", values));
        });

        Path out = dir.resolve("scores.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"score", "--transactions", file.toString(), "--as-of", AS_OF.toString(),
                "--out", out.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertThat(status).as(err.toString()).isZero();
        Map<String, String> engine = new HashMap<>();
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            engine.put(v[0], String.join(" ", v[header.indexOf("abc_class")], v[header.indexOf("pyramid_level")],
                    v[header.indexOf("r_score")], v[header.indexOf("f_score")], v[header.indexOf("m_score")],
                    v[header.indexOf("rfm_segment")]));
        }

        assertThat(engine).hasSize(433);
        assertThat(crm.keySet()).isEqualTo(engine.keySet());
        List<String> different = engine.keySet().stream().filter(k -> !engine.get(k).equals(crm.get(k)))
                .map(k -> k + ": engine " + engine.get(k) + ", CRM " + crm.get(k)).toList();
        assertThat(different).isEmpty();
    }
}
