package org.idic.crm.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "crm.demo.enabled=true")
@WithTestDatabase
class DemoDataTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @Autowired
    DemoData demo;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameSeedAndDayGiveExactlyTheSameBook() {
        String first = writeAndFingerprint();
        String second = writeAndFingerprint();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aDifferentSeedGivesADifferentBook() {
        String first = writeAndFingerprint();
        scenario.reset();
        demo.write(new BookShape(1000, 12, 99, DAY, true));

        assertThat(fingerprint()).isNotEqualTo(first);
    }

    @Test
    void theBookLooksLikeABusiness() {
        scenario.reset();
        SyntheticBookWriter.Written written = demo.write(BookShape.demo(DAY));

        assertThat(written.customers()).isEqualTo(1000);
        assertThat(written.orders()).isBetween(6_000L, 14_000L);
        Map<String, Object> kinds = jdbc.queryForMap("select count(*) filter (where kind = 'INDIVIDUAL') individuals,"
                + " count(*) filter (where kind = 'ORGANISATION') organisations,"
                + " count(*) filter (where name ~ '[一-龥]') chinese, count(*) filter (where name ~ '^[A-Za-z]') english"
                + " from customer");
        assertThat(kinds.values()).allSatisfy(n -> assertThat((Long) n).isGreaterThan(100));
        // heavy and light buyers, prospects, and customers who stopped buying a year ago or more
        Map<String, Object> buying = jdbc.queryForMap("""
                select count(*) filter (where n = 0) prospects, count(*) filter (where n between 1 and 2) light,
                       count(*) filter (where n >= 30) heavy, count(*) filter (where last < date '2025-06-30') stopped
                from (select c.id, count(o.id) n, max(o.order_date) last from customer c
                      left join customer_order o on o.customer_id = c.id and o.status = 'COMPLETED' group by c.id) x""");
        assertThat(buying.values()).allSatisfy(n -> assertThat((Long) n).isGreaterThan(10));
        assertThat(jdbc.queryForList("select distinct status from complaint", String.class))
                .containsExactlyInAnyOrder("RECEIVED", "VALIDATED", "REJECTED", "RESOLUTION_PROPOSED", "CLOSED");
        assertThat(jdbc.queryForList("select distinct u.username from customer c join app_user u on u.id = c.owner_id",
                String.class)).containsExactlyInAnyOrder("rep1", "rep2", "rep3", "manager1", "manager2");
        assertThat(jdbc.queryForObject("select count(*) from interaction where follow_up_on <= ? and not follow_up_done",
                Long.class, DAY)).isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(*) from contact", Long.class)).isGreaterThan(300);
        assertThat(jdbc.queryForObject("select count(*) from order_line", Long.class)).isGreaterThan(1000);
        assertThat(jdbc.queryForObject("select count(*) from customer_order where order_date > ?", Long.class, DAY))
                .isZero();
    }

    @Test
    void sequencesContinueAfterTheGeneratedRows() {
        scenario.reset();
        demo.write(BookShape.demo(DAY));

        Long created = scenario.customerOf("rep1", "After the demo");
        assertThat(created).isEqualTo(1001L);
        assertThat(jdbc.queryForObject("select customer_number from customer where id = ?", String.class, created))
                .isEqualTo("C-0001001");
    }

    private String writeAndFingerprint() {
        scenario.reset();
        demo.write(BookShape.demo(DAY));
        return fingerprint();
    }

    private String fingerprint() {
        return List.of("customer", "contact", "customer_order", "order_line", "interaction", "complaint", "product")
                .stream().map(t -> jdbc.queryForObject("select md5(coalesce(string_agg(x::text, '|' order by id), ''))"
                        + " from " + t + " x", String.class))
                .reduce("", String::concat);
    }
}
