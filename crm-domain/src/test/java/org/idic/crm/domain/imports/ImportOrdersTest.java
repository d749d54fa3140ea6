package org.idic.crm.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.idic.crm.domain.access.RuleViolationException;
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
class ImportOrdersTest {

    static final String LINES = "order_number,customer_number,order_date,status,sku,quantity,unit_price,unit_cost\n";

    @Autowired
    Imports imports;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void book() {
        scenario.reset();
        run(ImportKind.CUSTOMERS, ImportMode.CREATE, "number,name,owner\nK-1,Acme,rep1\nK-2,Bolt,rep3\n");
        run(ImportKind.PRODUCTS, ImportMode.CREATE, "sku,name,unit_price,unit_cost\nTEA,Green tea,10.00,6.00\n"
                + "CUP,Cup,4.00,1.50\n");
    }

    ImportReport run(ImportKind kind, ImportMode mode, String csv) {
        return imports.run(scenario.actor("admin"), ImportRequest.of(kind, mode,
                ImportFiles.csv(dir, kind + "-" + System.nanoTime() + ".csv", csv)), ImportProgress.NONE);
    }

    @Test
    void linesWithTheSameOrderNumberFormOneOrderAndReturnsReduceItsRevenueAndMargin() {
        ImportReport report = run(ImportKind.ORDERS, ImportMode.CREATE, LINES
                + "O-1,K-1,2026-03-01,,TEA,3,,\n"
                + "O-1,K-1,2026-03-01,,CUP,2,5.00,2.00\n"
                + "O-1,K-1,2026-03-01,,TEA,-1,,\n"
                + "O-2,K-2,2026-03-02 14:30,已完成,CUP,1,,\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.create()).isEqualTo(2);
        // 3 × 10 + 2 × 5 − 1 × 10 = 30; cost 3 × 6 + 2 × 2 − 1 × 6 = 16
        assertThat(jdbc.queryForList("select order_number || ' ' || amount || ' ' || cost || ' ' || status"
                + " || ' ' || channel || ' ' || order_date from customer_order order by order_number", String.class))
                .containsExactly("O-1 30.00 16.00 COMPLETED ONLINE 2026-03-01",
                        "O-2 4.00 1.50 COMPLETED ONLINE 2026-03-02");
        assertThat(jdbc.queryForList("select quantity from order_line l join customer_order o on o.id = l.order_id"
                + " where o.order_number = 'O-1' order by line_no", Integer.class)).containsExactly(3, 2, -1);
    }

    @Test
    void badOrderRowsAreEachReported() {
        ImportReport report = run(ImportKind.ORDERS, ImportMode.CREATE, LINES
                + "O-1,K-404,2026-03-01,,TEA,1,,\n"
                + "O-2,K-1,2026-02-30,,TEA,1,,\n"
                + "O-3,K-1,2026-03-01,SHIPPED,NOPE,x,,\n"
                + "O-4,K-1,2026-03-01,,TEA,-2,,\n"
                + "O-5,K-1,2026-03-01,,TEA,1,,\n"
                + "O-5,K-2,2026-03-01,,TEA,1,,\n"
                + "O-6,K-1,2026-03-01,,TEA,0,-1,\n"
                + "O-7,,2026-03-01,,TEA,1,,\n");

        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.code())
                .containsExactlyInAnyOrder("2 customer_number import.customer.unknown",
                        "3 order_date import.value.date", "4 status import.value.enum",
                        "4 quantity import.value.integer", "5 quantity import.order.netNegative",
                        "7 order_number import.order.inconsistent", "8 quantity import.value.nonZero",
                        "8 unit_price import.value.negative", "9 customer_number import.value.required");
        assertThat(jdbc.queryForObject("select count(*) from customer_order", Integer.class)).isZero();
    }

    @Test
    void oneRowPerOrderGivesAmountAndCostAndUpsertUpdatesIt() {
        String header = "order_number,customer_number,order_date,amount,cost\n";
        run(ImportKind.ORDERS, ImportMode.CREATE, header + "O-1,K-1,2026-03-01,100.50,60\nO-1,K-1,2026-03-01,100.50,60\n");

        ImportReport again = run(ImportKind.ORDERS, ImportMode.UPSERT, header + "O-1,K-1,2026-03-01,120,60\n"
                + "O-2,K-2,2026-03-04,5,\n");

        assertThat(List.of(again.create(), again.update(), again.unchanged())).containsExactly(1L, 1L, 0L);
        assertThat(jdbc.queryForList("select amount || ' ' || coalesce(cost::text, '-') from customer_order"
                + " order by order_number", String.class)).containsExactly("120.00 60.00", "5.00 -");
    }

    @Test
    void undoDeletesWhatAnImportCreatedAndRestoresWhatItUpdated() {
        ImportReport orders = run(ImportKind.ORDERS, ImportMode.CREATE, LINES + "O-1,K-1,2026-03-01,,TEA,1,,\n");
        ImportReport update = run(ImportKind.CUSTOMERS, ImportMode.UPSERT, "number,name,city,owner\nK-1,Acme Ltd,Xi'an,\n"
                + "K-3,New,Ningbo,rep1\n");
        assertThat(update.update()).isEqualTo(1);

        imports.undo(scenario.actor("admin"), update.batchId());
        imports.undo(scenario.actor("admin"), orders.batchId());

        assertThat(jdbc.queryForObject("select name || ' ' || coalesce(city, '-') from customer where"
                + " customer_number = 'K-1'", String.class)).isEqualTo("Acme -");
        assertThat(jdbc.queryForObject("select count(*) from customer where customer_number = 'K-3'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from customer_order", Integer.class)).isZero();
        assertThatThrownBy(() -> imports.undo(scenario.actor("admin"), orders.batchId()))
                .hasMessageContaining("import.undo.already");
    }

    @Test
    void undoIsRefusedWhenARecordChangedSinceOrGotOrders() {
        ImportReport customers = run(ImportKind.CUSTOMERS, ImportMode.CREATE, "number,name,owner\nK-7,Seven,rep1\n");
        run(ImportKind.ORDERS, ImportMode.CREATE, LINES + "O-1,K-7,2026-03-01,,TEA,1,,\n");

        assertThatThrownBy(() -> imports.undo(scenario.actor("admin"), customers.batchId()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("import.undo.inUse.customer [K-7]");

        ImportReport update = run(ImportKind.CUSTOMERS, ImportMode.UPDATE, "number,name\nK-1,Acme Ltd\n");
        jdbc.update("update customer set name = 'Edited', version = version + 1 where customer_number = 'K-1'");
        assertThatThrownBy(() -> imports.undo(scenario.actor("admin"), update.batchId()))
                .hasMessageContaining("import.undo.changedSince [1, K-1]");
        assertThat(jdbc.queryForObject("select name from customer where customer_number = 'K-1'", String.class))
                .isEqualTo("Edited");
    }

    @Test
    void aCancelledImportWritesNothing() {
        String before = scenario.fingerprint();
        AtomicBoolean askedToWrite = new AtomicBoolean();
        Path file = ImportFiles.csv(dir, "o.csv", LINES + "O-1,K-1,2026-03-01,,TEA,1,,\n");

        assertThatThrownBy(() -> imports.run(scenario.actor("admin"), ImportRequest.of(ImportKind.ORDERS,
                ImportMode.CREATE, file), (step, rows) -> {
                    if (step.equals("commit")) {
                        askedToWrite.set(true);
                        return false; // cancelled after everything was written, before the commit
                    }
                    return true;
                })).isInstanceOf(ImportCancelledException.class);

        assertThat(askedToWrite).isTrue();
        assertThat(scenario.fingerprint()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from import_batch where kind = 'ORDERS'", Integer.class))
                .isZero();
    }

    @Test
    void aFailureHalfwayLeavesNothingBehind() {
        String before = scenario.fingerprint();
        // the database refuses the second order when it is written, after the first was
        jdbc.execute("""
                create function refuse_o2() returns trigger language plpgsql as $$
                begin if new.order_number = 'O-2' then raise exception 'refused for the test'; end if; return new; end $$""");
        jdbc.execute("create trigger refuse_o2 before insert on customer_order for each row execute function refuse_o2()");
        // fires in the import's write too, which runs with session_replication_role = replica (TrustedWrite)
        jdbc.execute("alter table customer_order enable always trigger refuse_o2");
        try {
            assertThatThrownBy(() -> run(ImportKind.ORDERS, ImportMode.CREATE,
                    "order_number,customer_number,order_date,amount\nO-1,K-1,2026-03-01,10\nO-2,K-1,2026-03-01,20\n"))
                    .hasMessageContaining("refused for the test");
        } finally {
            jdbc.execute("drop trigger refuse_o2 on customer_order");
            jdbc.execute("drop function refuse_o2()");
        }
        assertThat(scenario.fingerprint()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from import_batch where kind = 'ORDERS'", Integer.class))
                .isZero();
    }
}
