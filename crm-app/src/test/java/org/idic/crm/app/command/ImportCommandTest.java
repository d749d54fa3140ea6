package org.idic.crm.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.idic.crm.domain.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code import} on the command line: the counts on standard output, every bad row as
 * {@code FILE:LINE: column: reason} on standard error, never a stack trace, and the exit status: 0 done,
 * 2 rejected input with nothing written, 3 any other failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportCommandTest {

    static TestDatabase.Connection db;
    static JdbcTemplate jdbc;
    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        db = TestDatabase.newDatabase();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(db.url(), db.username(), db.password()));
    }

    @Test
    @Order(1)
    void aCleanFileIsImportedAndItsCountsPrinted() throws IOException {
        Path file = Files.writeString(dir.resolve("customers.csv"), "number,name,city\nK-1,Acme,Shanghai\nK-2,Bolt,\n");

        Result dry = run("import", "--kind", "customers", "--file", file.toString(), "--owner", "chief", "--dry-run");
        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("customers dry run: 2 rows; would create 2, update 0, unchanged 0");
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).isZero();

        Result done = run("import", "--kind", "customers", "--file", file.toString(), "--owner", "chief",
                "--mode", "create");
        assertThat(done.status()).as(done.err()).isZero();
        assertThat(done.out()).contains("customers import: 2 rows; created 2").containsPattern("Import \\d+ done");
        assertThat(jdbc.queryForList("select name from customer order by customer_number", String.class))
                .containsExactly("Acme", "Bolt");
    }

    @Test
    @Order(2)
    void badRowsArePrintedAsFileLineColumnReasonAndNothingIsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "Nummer;Mail;Typ\nK-3;nobody-at-example;INDIVIDUAL\n"
                + "K-4;k4@example.com;PERSON\n");
        Path mapping = Files.writeString(dir.resolve("erp.properties"), "number=Nummer\nemail=Mail\ntype=Typ\n");

        Result result = run("import", "--kind", "customers", "--file", file.toString(), "--mapping",
                mapping.toString(), "--owner", "chief");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                file + ":2: Mail: Not an e-mail address. (nobody-at-example)",
                file + ":3: Typ: Not one of: INDIVIDUAL, ORGANISATION. (PERSON)");
        assertThat(result.out()).contains("rejected 2").contains("Nothing was written");
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).isEqualTo(2);
    }

    @Test
    @Order(3)
    void randomBytesAreRefusedInOneLineWithoutAStackTrace() throws IOException {
        byte[] noise = new byte[5000];
        new Random(3).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.csv"), noise);

        Result result = run("import", "--kind", "orders", "--file", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(file + ": This is not a CSV or .xlsx file: it holds binary data.");
    }

    @Test
    @Order(4)
    void aWrongCommandLineIsRejectedInputAndAnImportNotAllowedIsAFailure() throws IOException {
        Result kind = run("import", "--kind", "invoices", "--file", "x.csv");
        assertThat(kind.status()).isEqualTo(2);
        assertThat(kind.err()).startsWith("error: --kind must be customers, contacts, products, orders or interactions, not 'invoices'");

        jdbc.update("insert into team (name) values ('North')");
        jdbc.update("insert into app_user (username, password_hash, display_name, role, team_id)"
                + " select 'rep9', 'x', 'Rep Nine', 'REP', id from team where name = 'North'");
        Path file = Files.writeString(dir.resolve("c.csv"), "number,name\nK-9,Nine\n");
        Result rep = run("import", "--kind", "customers", "--file", file.toString(), "--as", "rep9");
        assertThat(rep.status()).isEqualTo(3);
        assertThat(rep.err().strip()).isEqualTo("error: rep9 may not import customers");
        assertThat(rep.err()).doesNotContain("Exception");
    }

    @Test
    @Order(5)
    void contactsAndInteractionsImportLikeTheOtherKindsAndTheirBadRowsAreNamedByLine() throws IOException {
        Path contacts = Files.writeString(dir.resolve("contacts.csv"),
                "customer_number,name,email\nK-1,Li Lei,li@acme.example\nK-2,Bo Zhang,\n");
        Result done = run("import", "--kind", "contacts", "--file", contacts.toString(), "--mode", "create");
        assertThat(done.status()).as(done.err()).isZero();
        assertThat(done.out()).contains("contacts import: 2 rows; created 2");

        Path bad = Files.writeString(dir.resolve("bad-contacts.csv"),
                "customer_number,name,email\nK-404,Nobody,\nK-1,Li Lei,nobody-at-example\n");
        Result rejected = run("import", "--kind", "contacts", "--file", bad.toString());
        assertThat(rejected.status()).isEqualTo(2);
        assertThat(rejected.err().lines()).containsExactly(
                bad + ":2: customer_number: No customer has this number. (K-404)",
                bad + ":3: email: Not an e-mail address. (nobody-at-example)");
        assertThat(jdbc.queryForList("select name from contact order by id", String.class))
                .containsExactly("Li Lei", "Bo Zhang");

        Path interactions = Files.writeString(dir.resolve("calls.csv"), "customer_number,occurred_at,channel,summary,"
                + "follow_up_on\nK-1,2026-03-01 10:00,PHONE,Called about the order,2026-03-08\n");
        Result logged = run("import", "--kind", "interactions", "--file", interactions.toString());
        assertThat(logged.status()).as(logged.err()).isZero();
        assertThat(logged.out()).contains("interactions import: 1 rows; created 1");
        Result again = run("import", "--kind", "interactions", "--file", interactions.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("created 0, update 0, unchanged 1");
        assertThat(jdbc.queryForObject("select u.username || ' ' || i.follow_up_on || ' ' || i.follow_up_done"
                + " from interaction i join app_user u on u.id = i.user_id", String.class))
                .isEqualTo("chief 2026-03-08 false");
    }

    private static Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--crm.admin.username=chief",
                "--crm.admin.password=correct horse battery"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Commands.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int status, String out, String err) {
    }
}
