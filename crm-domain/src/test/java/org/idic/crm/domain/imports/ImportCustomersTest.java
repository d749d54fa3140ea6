package org.idic.crm.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.testsupport.ComplaintFacets;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@WithTestDatabase
class ImportCustomersTest {

    static final String HEADER = "number,type,name,email,phone,city,country,owner,tags\n";

    @Autowired
    Imports imports;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        scenario.reset();
    }

    ImportReport run(String user, ImportMode mode, Path file) {
        return imports.run(scenario.actor(user), ImportRequest.of(ImportKind.CUSTOMERS, mode, file),
                ImportProgress.NONE);
    }

    @Test
    void aCleanFileCreatesEveryCustomerWithItsOwnerAndTags() {
        Path file = ImportFiles.csv(dir, "c.csv", HEADER
                + "K-1,ORGANISATION,Acme,info@acme.example,+86 138 0000 0001,Shanghai,CN,rep1,vip;wholesale\n"
                + "K-2,INDIVIDUAL,Bo Li,,,Beijing,CN,rep2,\n");

        ImportReport report = run("admin", ImportMode.CREATE, file);

        assertThat(report.problems()).isEmpty();
        assertThat(report.batchId()).isNotNull();
        assertThat(report.create()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select c.name || ' ' || u.username || ' ' || array_to_string(c.tags, '+')"
                + " || ' ' || c.phone_digits from customer c join app_user u on u.id = c.owner_id"
                + " where c.customer_number = 'K-1'", String.class))
                .isEqualTo("Acme rep1 vip+wholesale 8613800000001");
    }

    @Test
    void everyBadCellIsReportedWithLineColumnValueAndReasonAndNothingIsWritten() {
        Path file = ImportFiles.csv(dir, "c.csv", HEADER
                + "K-1,PERSON,Acme,not-an-email,12,Shanghai,CN,nobody,\n"
                + "K-2,INDIVIDUAL,Good,,,,,rep1,\n"
                + "K-3,INDIVIDUAL,Ragged\n"
                + "K-2,INDIVIDUAL,Other name,,,,,rep1,\n");
        String before = scenario.fingerprint();

        ImportReport report = run("admin", ImportMode.CREATE, file);

        assertThat(report.batchId()).isNull();
        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.value() + " " + p.code())
                .containsExactlyInAnyOrder(
                        "2 type PERSON import.value.enum", "2 email not-an-email import.value.email",
                        "2 phone 12 import.value.phone", "4 null 3 import.row.ragged",
                        "5 number K-2 import.key.duplicate");
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(scenario.fingerprint()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from import_batch", Integer.class)).isZero();
    }

    @Test
    void unknownOwnersAreReported() {
        Path file = ImportFiles.csv(dir, "c.csv", HEADER + "K-1,INDIVIDUAL,A,,,,,nobody,\n");

        assertThat(run("admin", ImportMode.CREATE, file).problems()).extracting(ImportProblem::code)
                .containsExactly("import.owner.unknown");
    }

    @Test
    void aManagerImportsOnlyWithOwnersOfTheirTeam() {
        Path file = ImportFiles.csv(dir, "c.csv", HEADER + "K-1,INDIVIDUAL,A,,,,,rep1,\nK-2,INDIVIDUAL,B,,,,,rep3,\n");

        ImportReport report = run("manager1", ImportMode.CREATE, file);

        assertThat(report.problems()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("3 import.owner.outsideTeam");
        assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isZero();
    }

    @Test
    void repsDoNotImportAndManagersDoNotImportProducts() {
        Path file = ImportFiles.csv(dir, "c.csv", HEADER + "K-1,INDIVIDUAL,A,,,,,rep1,\n");

        assertThatThrownBy(() -> run("rep1", ImportMode.CREATE, file)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> imports.dryRun(scenario.actor("manager1"),
                ImportRequest.of(ImportKind.PRODUCTS, ImportMode.CREATE, file)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void importingTheSameFileAgainCreatesNoDuplicatesAndUpdatesOnlyWhatChanged() {
        Path file = ImportFiles.csv(dir, "c.csv", HEADER + "K-1,INDIVIDUAL,A,,,Shanghai,,rep1,\n"
                + "K-2,INDIVIDUAL,B,,,,,rep1,\n");
        run("admin", ImportMode.UPSERT, file);
        Path changed = ImportFiles.csv(dir, "c2.csv", HEADER + "K-1,INDIVIDUAL,A,,,Shanghai,,rep1,\n"
                + "K-2,INDIVIDUAL,B2,,,,,rep1,\nK-3,INDIVIDUAL,C,,,,,rep2,\n");

        ImportReport again = run("admin", ImportMode.UPSERT, changed);

        assertThat(List.of(again.create(), again.update(), again.unchanged())).containsExactly(1L, 1L, 1L);
        assertThat(jdbc.queryForList("select name from customer order by customer_number", String.class))
                .containsExactly("A", "B2", "C");
        assertThat(jdbc.queryForObject("select city from customer where customer_number = 'K-1'", String.class))
                .isEqualTo("Shanghai");
    }

    /**
     * An import that changes customers' tags and types, and its undo, move their complaints' counts per type and tag
     * (V29_1, the tagged team report's complaint figures) as a change on the customer page does.
     */
    @Test
    void anImportAndItsUndoMoveTheComplaintCountsWithTheCustomersTags() {
        run("admin", ImportMode.CREATE, ImportFiles.csv(dir, "c.csv", HEADER + "K-1,ORGANISATION,A,,,,,rep1,vip\n"
                + "K-2,INDIVIDUAL,B,,,,,rep2,vip;gold\n"));
        jdbc.update("""
                insert into complaint (customer_id, channel, category, severity, description, handler_id, status,
                    due_at, received_at, received_by, closed_at, closed_by, satisfaction)
                select c.id, 'PHONE', 'DELIVERY', 'HIGH', 'late', c.owner_id, s.status, now() + s.due, now(), c.owner_id,
                       case when s.status = 'CLOSED' then now() end, case when s.status = 'CLOSED' then c.owner_id end,
                       case when s.status = 'CLOSED' then 4 end
                from customer c cross join (values ('CLOSED', interval '1 day'), ('RECEIVED', interval '-2 days'),
                    ('VALIDATED', interval '3 days')) s (status, due)
                where c.customer_number in ('K-1', 'K-2')""");
        ComplaintFacets.assertAgreeWithTheRows(jdbc);
        List<Map<String, Object>> before = jdbc.queryForList("select * from complaint_open_facet where open <> 0"
                + " order by 1, 2, 3, 4");

        ImportReport changed = run("admin", ImportMode.UPSERT, ImportFiles.csv(dir, "c2.csv", HEADER
                + "K-1,INDIVIDUAL,A,,,,,rep1,gold\nK-2,INDIVIDUAL,B,,,,,rep2,silver\n"));
        assertThat(changed.update()).isEqualTo(2);
        ComplaintFacets.assertAgreeWithTheRows(jdbc);
        assertThat(jdbc.queryForObject("select coalesce(sum(closed), 0) from complaint_closed_facet_day"
                + " where tag = 'vip'", Long.class)).isZero();

        imports.undo(scenario.actor("admin"), changed.batchId());
        ComplaintFacets.assertAgreeWithTheRows(jdbc);
        assertThat(jdbc.queryForList("select * from complaint_open_facet where open <> 0 order by 1, 2, 3, 4"))
                .isEqualTo(before);
    }

    @Test
    void createModeRefusesKnownNumbersAndUpdateModeUnknownOnes() {
        run("admin", ImportMode.CREATE, ImportFiles.csv(dir, "a.csv", HEADER + "K-1,INDIVIDUAL,A,,,,,rep1,\n"));
        Path file = ImportFiles.csv(dir, "b.csv", HEADER + "K-1,INDIVIDUAL,A2,,,,,rep1,\nK-9,INDIVIDUAL,Z,,,,,rep1,\n");

        assertThat(run("admin", ImportMode.CREATE, file).problems()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("2 import.key.exists");
        assertThat(run("admin", ImportMode.UPDATE, file).problems()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("3 import.key.unknown");
    }

    @Test
    void possibleDuplicatesWaitForAChoiceAndTheChoiceIsFollowed() {
        run("admin", ImportMode.CREATE, ImportFiles.csv(dir, "a.csv", HEADER
                + "K-1,INDIVIDUAL,Ann Lee,ann@example.com,,Shanghai,,rep1,\n"));
        Path file = ImportFiles.csv(dir, "b.csv", HEADER + "N-1,INDIVIDUAL,Ann L.,ANN@example.com,,,,rep1,\n"
                + "N-2,INDIVIDUAL,ann lee,,,shanghai,,rep1,\n");
        ImportRequest request = ImportRequest.of(ImportKind.CUSTOMERS, ImportMode.UPSERT, file);

        ImportReport asked = imports.run(scenario.actor("admin"), request, ImportProgress.NONE);
        assertThat(asked.batchId()).isNull();
        assertThat(asked.duplicates()).extracting(d -> d.line() + " " + d.matchNumber() + " " + d.matchedOn())
                .containsExactly("2 K-1 email", "3 K-1 name_city");

        ImportReport chosen = imports.run(scenario.actor("admin"),
                request.withDuplicates(DuplicateChoice.SKIP, Map.of(2L, DuplicateChoice.UPDATE)), ImportProgress.NONE);
        assertThat(List.of(chosen.create(), chosen.update(), chosen.skipped())).containsExactly(0L, 1L, 1L);
        assertThat(jdbc.queryForList("select name from customer", String.class)).containsExactly("Ann L.");
    }

    @Test
    void aManagerIsNotShownAnotherTeamsCustomerAsAPossibleDuplicate() {
        run("admin", ImportMode.CREATE, ImportFiles.csv(dir, "a.csv", HEADER
                + "K-1,INDIVIDUAL,Ann Lee,ann@example.com,,Shanghai,,rep1,\n"));
        Path file = ImportFiles.csv(dir, "b.csv", HEADER + "N-1,INDIVIDUAL,Ann L.,ann@example.com,,,,rep3,\n");

        ImportReport otherTeam = imports.dryRun(scenario.actor("manager2"),
                ImportRequest.of(ImportKind.CUSTOMERS, ImportMode.CREATE, file));
        ImportReport sameTeam = imports.dryRun(scenario.actor("manager1"),
                ImportRequest.of(ImportKind.CUSTOMERS, ImportMode.CREATE, ImportFiles.csv(dir, "c.csv", HEADER
                        + "N-1,INDIVIDUAL,Ann L.,ann@example.com,,,,rep2,\n")));

        assertThat(otherTeam.duplicates()).isEmpty();
        assertThat(otherTeam.clean()).isTrue();
        assertThat(sameTeam.duplicates()).extracting(PossibleDuplicate::matchNumber).containsExactly("K-1");
    }

    @Test
    void aGb18030FileFromChineseExcelWithChineseHeadersImports() {
        Path file = ImportFiles.csv(dir, "客户.csv", "客户编号,类型,客户名称,城市,负责人,标签\r\n"
                + "K-1,组织,上海茶叶有限公司,上海,rep1,重要客户\r\n", Charset.forName("GB18030"));

        ImportReport report = run("admin", ImportMode.CREATE, file);

        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.queryForObject("select name || ' ' || kind || ' ' || city || ' ' || tags[1] from customer",
                String.class)).isEqualTo("上海茶叶有限公司 ORGANISATION 上海 重要客户");
    }

    @Test
    void utf8WithBomAndSemicolonsImports() {
        byte[] text = "number;name;owner\nK-1;Café Ünal;rep1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        ImportReport report = run("admin", ImportMode.CREATE, ImportFiles.bytes(dir, "bom.csv", withBom));

        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.queryForObject("select name from customer where customer_number = 'K-1'", String.class))
                .isEqualTo("Café Ünal");
    }

    @Test
    void anUploadedMappingReadsColumnsOfAnyName() {
        Path file = ImportFiles.csv(dir, "m.csv", "Kundennummer,Firma,Betreuer\nK-1,Acme,rep1\n");
        imports.saveMapping(scenario.actor("admin"), "ERP export", ImportKind.CUSTOMERS,
                Map.of("number", "Kundennummer", "name", "Firma", "owner", "Betreuer"));

        ImportRequest request = ImportRequest.of(ImportKind.CUSTOMERS, ImportMode.CREATE, file)
                .withMapping(imports.mapping("erp export").orElseThrow());
        ImportReport report = imports.run(scenario.actor("admin"), request, ImportProgress.NONE);

        assertThat(report.create()).isEqualTo(1);
        assertThat(imports.mappingNames(ImportKind.CUSTOMERS)).containsExactly("ERP export");
    }
}
