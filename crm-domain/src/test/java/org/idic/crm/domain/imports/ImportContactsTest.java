package org.idic.crm.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.idic.crm.domain.access.NotPermittedException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.customer.BuyingRole;
import org.idic.crm.domain.customer.ContactDetails;
import org.idic.crm.domain.customer.Contacts;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Contacts from a file: of existing customers, keyed by customer and e-mail (else name), all or nothing, undone. */
@SpringBootTest
@WithTestDatabase
class ImportContactsTest {

    static final String HEADER = "customer_number,name,title,buying_role,email,phone,birthday,interests,primary\n";

    @Autowired
    Imports imports;
    @Autowired
    Contacts contacts;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void customers() {
        scenario.reset();
        ImportReport customers = run("admin", ImportMode.CREATE, ImportKind.CUSTOMERS,
                "number,name,owner\nK-1,Acme,rep1\nK-2,Bolt,rep3\n");
        assertThat(customers.problems()).isEmpty();
    }

    ImportReport run(String user, ImportMode mode, String csv) {
        return run(user, mode, ImportKind.CONTACTS, csv);
    }

    ImportReport run(String user, ImportMode mode, ImportKind kind, String csv) {
        return imports.run(scenario.actor(user), ImportRequest.of(kind, mode,
                ImportFiles.csv(dir, kind + "-" + System.nanoTime() + ".csv", csv)), ImportProgress.NONE);
    }

    List<String> contactRows() {
        return jdbc.queryForList("""
                select c.customer_number || ' ' || k.name || ' ' || coalesce(k.title, '-') || ' '
                       || coalesce(k.buying_role, '-') || ' ' || coalesce(k.email, '-') || ' ' || coalesce(k.phone, '-')
                       || ' ' || coalesce(k.birthday::text, '-') || ' ' || coalesce(k.interests, '-') || ' ' || k.is_primary
                from contact k join customer c on c.id = k.customer_id order by k.id""", String.class);
    }

    @Test
    void aCleanFileAddsTheContactsToTheirCustomersAndMovesTheirLastActivity() {
        jdbc.update("update customer set last_activity_at = timestamptz '2020-01-01 00:00:00+00'");
        Instant started = Instant.now().minusSeconds(1);

        ImportReport report = run("admin", ImportMode.CREATE, HEADER
                + "K-1,Li Lei,Head of purchasing,Decision maker,Li.Lei@Acme.example,+86 21 5555 0101,1980-05-20,Tea,yes\n"
                + "K-1,Han Mei,,USER,,,,,\n"
                + "K-2,Bo Zhang,Buyer,,bo@bolt.example,,,,no\n");

        assertThat(report.problems()).isEmpty();
        assertThat(List.of(report.create(), report.update(), report.unchanged())).containsExactly(3L, 0L, 0L);
        assertThat(contactRows()).containsExactly(
                "K-1 Li Lei Head of purchasing DECISION_MAKER li.lei@acme.example +86 21 5555 0101 1980-05-20 Tea true",
                "K-1 Han Mei - USER - - - - false",
                "K-2 Bo Zhang Buyer - bo@bolt.example - - - false");
        assertThat(jdbc.queryForList("select last_activity_at from customer", Timestamp.class))
                .allSatisfy(at -> assertThat(at.toInstant()).isAfter(started));
        assertThat(contacts.ofCustomer(scenario.actor("rep1"), customerId("K-1"))).extracting(c -> c.name())
                .contains("Li Lei", "Han Mei");
    }

    @Test
    void everyBadRowIsReportedWithLineColumnAndReasonAndNothingIsWritten() {
        String before = scenario.fingerprint();

        ImportReport report = run("admin", ImportMode.UPSERT, HEADER
                + "K-1,Good Row,,,good@acme.example,,,,\n"
                + "K-404,Nobody,,,,,,,\n"
                + ",No Customer,,,,,,,\n"
                + "K-1,Bad Mail,,,not-an-email,12,,,\n"
                + "K-1,Bad Role,,BOSS,,,,,maybe\n"
                + "K-1,Unborn,,,,," + LocalDate.now().plusDays(2) + ",,\n"
                + "K-1,,,,,,,,\n"
                + "K-2,Twice,Buyer,,twice@bolt.example,,,,\n"
                + "K-2,Twice,Seller,,twice@bolt.example,,,,\n"
                + "K-2,First Primary,,,,,,,yes\n"
                + "K-2,Second Primary,,,,,,,是\n"
                + "K-1,,Buyer,,nameless@acme.example,,,,\n");

        assertThat(report.batchId()).isNull();
        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.code())
                .containsExactlyInAnyOrder(
                        "3 customer_number import.customer.unknown",
                        "4 customer_number import.value.required",
                        "5 email import.value.email", "5 phone import.value.phone",
                        "6 buying_role import.value.enum", "6 primary import.value.boolean",
                        "7 birthday import.value.birthDate",
                        "8 email import.contact.keyRequired",
                        "10 email import.key.duplicate",
                        "12 primary import.contact.twoPrimary",
                        "13 name import.value.required");
        assertThat(report.rejected()).isEqualTo(9);
        assertThat(scenario.fingerprint()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from import_batch where kind = 'CONTACTS'", Integer.class))
                .isZero();
    }

    @Test
    void importingAgainFindsContactsByEmailOrElseByNameAndCreatesNoDuplicates() {
        String file = HEADER + "K-1,Li Lei,Buyer,,li@acme.example,,,,\nK-1,Han Mei,,,,,,,\n"
                + "K-2,Li Lei,,,li@acme.example,,,,\n";
        run("admin", ImportMode.UPSERT, file);

        ImportReport same = run("admin", ImportMode.UPSERT, file);
        ImportReport changed = run("admin", ImportMode.UPSERT, HEADER
                + "K-1,Lei Li,Head buyer,,LI@acme.example,,,,\nK-1,han mei,,,,,,Tennis,\nK-1,Wang Wu,,,,,,,\n");

        assertThat(List.of(same.create(), same.update(), same.unchanged())).containsExactly(0L, 0L, 3L);
        assertThat(List.of(changed.create(), changed.update(), changed.unchanged())).containsExactly(1L, 2L, 0L);
        assertThat(contactRows()).containsExactly(
                "K-1 Lei Li Head buyer - li@acme.example - - - false",
                "K-1 han mei - - - - - Tennis false",
                "K-2 Li Lei - - li@acme.example - - - false",
                "K-1 Wang Wu - - - - - - false");
    }

    @Test
    void createModeRefusesKnownContactsUpdateModeUnknownOnesAndTwoMatchesAreAmbiguous() {
        run("admin", ImportMode.CREATE, HEADER + "K-1,Li Lei,,,li@acme.example,,,,\n");
        Long k1 = customerId("K-1");
        contacts.add(scenario.actor("admin"), k1, new ContactDetails("Twin A", null, null, null, "twin@acme.example",
                null, null, false));
        contacts.add(scenario.actor("admin"), k1, new ContactDetails("Twin B", null, null, null, "twin@acme.example",
                null, null, false));
        String file = HEADER + "K-1,Li Lei,Buyer,,li@acme.example,,,,\nK-1,New One,,,new@acme.example,,,,\n";

        assertThat(run("admin", ImportMode.CREATE, file).problems()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("2 import.key.exists");
        assertThat(run("admin", ImportMode.UPDATE, file).problems()).extracting(p -> p.line() + " " + p.code())
                .containsExactly("3 import.key.unknown");
        assertThat(run("admin", ImportMode.UPSERT, HEADER + "K-1,Twin,,,twin@acme.example,,,,\n").problems())
                .extracting(p -> p.line() + " " + p.code() + " " + p.argument())
                .containsExactly("2 import.contact.ambiguous 2");
    }

    @Test
    void aContactMadePrimaryTakesItFromTheOtherAndUndoGivesItBack() {
        Long old = contacts.add(scenario.actor("rep1"), customerId("K-1"), new ContactDetails("Old Primary", null,
                null, null, "old@acme.example", null, null, true));

        ImportReport report = run("admin", ImportMode.UPSERT, HEADER + "K-1,New Primary,,,new@acme.example,,,,yes\n");

        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.queryForList("select name from contact where is_primary", String.class))
                .containsExactly("New Primary");
        imports.undo(scenario.actor("admin"), report.batchId());
        assertThat(jdbc.queryForList("select id from contact where is_primary", Long.class)).containsExactly(old);
        assertThat(jdbc.queryForList("select name from contact", String.class)).containsExactly("Old Primary");
    }

    @Test
    void undoRestoresUpdatedContactsDeletesCreatedOnesAndIsRefusedWhenOneChangedSince() {
        ImportReport first = run("admin", ImportMode.CREATE, HEADER + "K-1,Li Lei,Buyer,,li@acme.example,,,,\n");
        ImportReport second = run("admin", ImportMode.UPSERT, HEADER
                + "K-1,Li Lei,Head buyer,PURCHASER,li@acme.example,,,,\nK-2,Bo,,,bo@bolt.example,,,,\n");

        imports.undo(scenario.actor("admin"), second.batchId());
        assertThat(contactRows()).containsExactly("K-1 Li Lei Buyer - li@acme.example - - - false");

        Long id = jdbc.queryForObject("select id from contact", Long.class);
        var edited = contacts.get(scenario.actor("rep1"), id);
        contacts.update(scenario.actor("rep1"), id, edited.version(), new ContactDetails("Li Lei", "Boss",
                BuyingRole.DECISION_MAKER, null, "li@acme.example", null, null, false));
        assertThatThrownBy(() -> imports.undo(scenario.actor("admin"), first.batchId()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("import.undo.changedSince [1, Li Lei]");
        assertThat(contactRows()).containsExactly("K-1 Li Lei Boss DECISION_MAKER li@acme.example - - - false");
    }

    @Test
    void undoOfTheCustomersIsRefusedOnceTheyHaveImportedContacts() {
        ImportReport customers = run("admin", ImportMode.CREATE, ImportKind.CUSTOMERS, "number,name,owner\nK-9,New,rep1\n");
        run("admin", ImportMode.CREATE, HEADER + "K-9,Li Lei,,,,,,,\n");

        assertThatThrownBy(() -> imports.undo(scenario.actor("admin"), customers.batchId()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("import.undo.inUse.customer [K-9]");
    }

    @Test
    void aManagerImportsContactsOfTheirTeamsCustomersOnlyAndRepsNotAtAll() {
        String file = HEADER + "K-1,Li Lei,,,,,,,\nK-2,Bo Zhang,,,,,,,\n";

        ImportReport report = run("manager1", ImportMode.CREATE, file);

        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.code())
                .containsExactly("3 customer_number import.customer.outsideTeam");
        assertThat(jdbc.queryForObject("select count(*) from contact", Integer.class)).isZero();
        assertThat(run("manager2", ImportMode.CREATE, HEADER + "K-2,Bo Zhang,,,,,,,\n").problems()).isEmpty();
        assertThatThrownBy(() -> run("rep1", ImportMode.CREATE, file)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aGb18030FileWithChineseHeadersAndWordsImports() {
        Path file = ImportFiles.csv(dir, "联系人.csv", "客户编号,联系人,职务,购买角色,邮箱,电话,生日,兴趣爱好,主要联系人\r\n"
                + "K-1,王芳,采购经理,决策者,wang.fang@example.com,139 0013 9000,1985-08-16,茶艺,是\r\n",
                Charset.forName("GB18030"));

        ImportReport report = imports.run(scenario.actor("admin"),
                ImportRequest.of(ImportKind.CONTACTS, ImportMode.CREATE, file), ImportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(contactRows()).containsExactly(
                "K-1 王芳 采购经理 DECISION_MAKER wang.fang@example.com 139 0013 9000 1985-08-16 茶艺 true");
    }

    private Long customerId(String number) {
        return jdbc.queryForObject("select id from customer where customer_number = ?", Long.class, number);
    }
}
