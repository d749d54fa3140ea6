package org.idic.crm.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.testsupport.ComplaintFacets;
import org.idic.crm.domain.testsupport.Scenario;
import org.idic.crm.domain.testsupport.WithTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generator makes exactly the rows it always made for a given shape and seed, whatever is done to make
 * it faster: every table's rows (rendered as text in UTC) are compared with a digest taken from the
 * generator as it was before (CSV COPY, one thread). The team report's daily counts depend on the business
 * time zone, so they are compared with the rows instead.
 */
@SpringBootTest(properties = "crm.demo.enabled=true")
@WithTestDatabase
class SyntheticBookGoldenTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> TABLES = List.of("customer", "contact", "customer_order", "order_line", "interaction",
            "complaint", "product");
    /** Columns added by later migrations, which the generator leaves empty (V18_1, V26_1: the import's external ids). */
    static final Map<String, List<String>> ADDED_SINCE_THE_DIGESTS = Map.of("customer", List.of("external_id"),
            "interaction", List.of("external_id"));

    @Autowired
    DemoData demo;
    @Autowired
    Scenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoBookIsTheOneItHasAlwaysBeen() {
        scenario.reset();
        demo.write(BookShape.demo(DAY), ZONE);

        assertThat(fingerprint()).isEqualTo("customer=bd47bb0c921dbd297b2bdc00cd5bbd8c:1000 "
                + "contact=f9f9cce66ffe81ba00b6cc86dd06bcbb:561 customer_order=1d241def0d7295e00201954856a37ebb:11760 "
                + "order_line=03038f77a38433439d0b8023ef59b847:7131 interaction=3bc8da8e3e688c1a4afd6a1a501689ea:8315 "
                + "complaint=49ae30594344edd9634579bf7aca0611:113 product=4e337bd7b551485603f383c9818ffbbc:20");
        assertTheTeamReportsCountsMatchTheInteractions();
    }

    @Test
    void aGeneratedBookIsTheOneItHasAlwaysBeen() {
        scenario.reset();
        List<String> indexes = indexes();

        demo.write(new BookShape(3000, 10, 42, DAY, false), ZONE);

        // loaded into an empty book: without its secondary indexes, built again afterwards, exactly as before
        assertThat(indexes()).isEqualTo(indexes).hasSizeGreaterThan(20);
        assertThat(fingerprint()).isEqualTo("customer=6205ee6ec511df842a94b4b8856e3064:3000 "
                + "contact=d41d8cd98f00b204e9800998ecf8427e:0 customer_order=7a4dce8231cea4f298bb4825f6433b8e:30099 "
                + "order_line=d41d8cd98f00b204e9800998ecf8427e:0 interaction=2d66fd0dd191da30537a1078dd47adda:21493 "
                + "complaint=e23762a398f1c0218a79b9bf7040db69:309 product=d41d8cd98f00b204e9800998ecf8427e:0");
        assertTheTeamReportsCountsMatchTheInteractions();
    }

    @Test
    void aBookGeneratedNextToAnotherIsTheOneItHasAlwaysBeen() {
        scenario.reset();
        demo.write(BookShape.demo(DAY), ZONE);
        demo.write(new BookShape(1500, 6, 43, DAY, false), ZONE);

        assertThat(fingerprint()).isEqualTo("customer=75021e0ebc7c3271d35b66c68136c711:2500 "
                + "contact=f9f9cce66ffe81ba00b6cc86dd06bcbb:561 customer_order=6a59e7fd463e6efac85f41be93084d3d:20842 "
                + "order_line=03038f77a38433439d0b8023ef59b847:7131 interaction=f871b0f7b4c2fbcc42ddacde9b06d913:15961 "
                + "complaint=0d5f87ece476fbb763c78ad3583f8a1a:267 product=4e337bd7b551485603f383c9818ffbbc:20");
        assertTheTeamReportsCountsMatchTheInteractions();
    }

    private List<String> indexes() {
        return jdbc.queryForList("select indexdef from pg_indexes where tablename in ('customer', 'contact',"
                + " 'customer_order', 'order_line', 'interaction', 'complaint') order by indexname", String.class);
    }

    /** The per-person daily counts (kept by triggers, recounted after a bulk load) agree with the rows. */
    private void assertTheTeamReportsCountsMatchTheInteractions() {
        String zone = "(select zone from business_zone)";
        assertThat(jdbc.queryForList("select user_id, day, channel, interactions from interaction_day"
                + " where interactions <> 0 order by 1, 2, 3"))
                .isEqualTo(jdbc.queryForList("select user_id, (occurred_at at time zone " + zone + ")::date as day,"
                        + " channel, count(*)::int as interactions from interaction group by 1, 2, 3 order by 1, 2, 3"))
                .isNotEmpty();
        assertThat(jdbc.queryForList("select user_id, day, due, on_time from follow_up_day where due <> 0"
                + " order by 1, 2"))
                .isEqualTo(jdbc.queryForList("select user_id, follow_up_on as day, count(*)::int as due,"
                        + " (count(*) filter (where follow_up_done and (follow_up_done_at at time zone " + zone
                        + ")::date <= follow_up_on))::int as on_time from interaction where follow_up_on is not null"
                        + " group by 1, 2 order by 1, 2"))
                .isNotEmpty();
        // and per customer type and tag (tag '' for every customer of a type), for the filtered team report
        assertThat(jdbc.queryForList("select tag, user_id, day, channel, organisation, interactions"
                + " from interaction_facet_day where interactions <> 0 order by 1, 2, 3, 4, 5"))
                .isEqualTo(jdbc.queryForList("select f.t as tag, i.user_id, (i.occurred_at at time zone " + zone
                        + ")::date as day, i.channel, c.kind = 'ORGANISATION' as organisation,"
                        + " count(*)::int as interactions from interaction i join customer c on c.id = i.customer_id"
                        + " cross join lateral (select distinct unnest(array[''] || c.tags) as t) f"
                        + " group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5"))
                .isNotEmpty();
        // each person's customers and their open follow-ups per due day, for the team overview (V30_1)
        assertThat(jdbc.queryForList("select owner_id, customers from owner_customers where customers <> 0 order by 1"))
                .isEqualTo(jdbc.queryForList("select owner_id, count(*) as customers from customer group by 1 order by 1"))
                .isNotEmpty();
        assertThat(jdbc.queryForList("select owner_id, due_on, open from owner_follow_up_due where open <> 0"
                + " order by 1, 2"))
                .isEqualTo(jdbc.queryForList("select c.owner_id, i.follow_up_on as due_on, count(*)::int as open"
                        + " from interaction i join customer c on c.id = i.customer_id"
                        + " where i.follow_up_on is not null and not i.follow_up_done group by 1, 2 order by 1, 2"))
                .isNotEmpty();
        // and the complaints closed per day and open per due day, by handler, type and tag (V29_1)
        ComplaintFacets.assertAgreeWithTheRows(jdbc);
    }

    /**
     * A row as text, as {@code x::text} renders it, without the columns added after the digests were taken. Those
     * must be empty in a generated book (asserted), so the digests still pin everything the generator writes.
     */
    private String row(String table) {
        List<String> added = ADDED_SINCE_THE_DIGESTS.getOrDefault(table, List.of());
        for (String column : added) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where " + column + " is not null",
                    Long.class)).as(table + "." + column).isZero();
        }
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? order by ordinal_position",
                String.class, table);
        List<String> kept = columns.stream().filter(c -> !added.contains(c)).map(c -> "x.\"" + c + "\"").toList();
        return kept.size() == columns.size() ? "x::text" : "row(" + String.join(", ", kept) + ")::text";
    }

    private String fingerprint() {
        return jdbc.execute((ConnectionCallback<String>) c -> {
            StringBuilder all = new StringBuilder();
            try (Statement s = c.createStatement()) {
                s.execute("set timezone = 'UTC'");
                for (String table : TABLES) {
                    String row = row(table);
                    try (ResultSet rs = s.executeQuery("select md5(coalesce(string_agg(" + row + ", '|' order by "
                            + row + "), '')) || ':' || count(*) from " + table + " x")) {
                        rs.next();
                        all.append(table).append('=').append(rs.getString(1)).append(' ');
                    }
                }
                s.execute("reset timezone");
            }
            return all.toString().strip();
        });
    }
}
