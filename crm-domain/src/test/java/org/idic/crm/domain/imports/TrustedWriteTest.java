package org.idic.crm.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An order import writes without PostgreSQL's row-by-row foreign-key checks when the database user may
 * (see {@code TrustedWrite}). What makes that safe is checked here: the customers and products the orders
 * refer to cannot be deleted before the import commits, and the tables written that way have no trigger
 * other than their foreign keys (a new trigger there would be skipped by such a write: it must not be added
 * without changing the import).
 */
@SpringBootTest
@WithTestDatabase
class TrustedWriteTest {

    @Autowired
    Imports imports;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @TempDir
    Path dir;

    @BeforeEach
    void book() {
        scenario.reset();
        run(ImportKind.CUSTOMERS, "number,name,owner\nK-1,Acme,rep1\n", ImportProgress.NONE);
        run(ImportKind.PRODUCTS, "sku,name,unit_price,unit_cost\nTEA,Green tea,10.00,6.00\n", ImportProgress.NONE);
    }

    private ImportReport run(ImportKind kind, String csv, ImportProgress progress) {
        return imports.run(scenario.actor("admin"), ImportRequest.of(kind, ImportMode.CREATE,
                ImportFiles.csv(dir, kind + "-" + System.nanoTime() + ".csv", csv)), progress);
    }

    @Test
    void theCustomersAndProductsOrdersReferToCannotBeDeletedBeforeTheImportCommits() {
        String[] refused = new String[2];
        ImportReport report = run(ImportKind.ORDERS, ImportOrdersTest.LINES + "O-1,K-1,2026-03-01,,TEA,2,,\n",
                (step, rows) -> {
                    if (step.equals("commit")) {
                        refused[0] = deleteFromElsewhere("delete from customer where customer_number = 'K-1'");
                        refused[1] = deleteFromElsewhere("delete from product where sku = 'TEA'");
                    }
                    return true;
                });

        assertThat(report.clean()).isTrue();
        assertThat(refused).allSatisfy(error -> assertThat(error).contains("lock timeout"));
        assertThat(jdbc.queryForObject("""
                select count(*) from order_line l join customer_order o on o.id = l.order_id
                join customer c on c.id = o.customer_id join product p on p.id = l.product_id""", Long.class))
                .isEqualTo(1);
    }

    @Test
    void theTablesWrittenWithoutChecksHaveNoTriggersButTheirForeignKeys() {
        assertThat(jdbc.queryForList("""
                select tgrelid::regclass || ' ' || tgname from pg_trigger
                where tgrelid in ('customer_order'::regclass, 'order_line'::regclass, 'import_record'::regclass)
                  and not tgisinternal""", String.class)).isEmpty();
    }

    @Test
    void theChecksAreBackOnForWhatComesAfter() {
        run(ImportKind.ORDERS, ImportOrdersTest.LINES + "O-1,K-1,2026-03-01,,TEA,2,,\n", ImportProgress.NONE);

        assertThatThrownBy(() -> jdbc.update("insert into order_line (order_id, line_no, product_id, quantity,"
                + " unit_price) values (-1, 1, -1, 1, 1)")).hasMessageContaining("foreign key");
    }

    /** A delete from another connection, giving up after 300 ms; returns the error, or null if it went through. */
    private String deleteFromElsewhere(String delete) {
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.execute("set local lock_timeout = '300ms'");
            try {
                s.executeUpdate(delete);
                return null;
            } finally {
                other.rollback();
            }
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
