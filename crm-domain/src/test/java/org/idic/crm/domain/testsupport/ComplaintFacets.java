package org.idic.crm.domain.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;

/** The complaint counts per handler, customer type and tag (V29_1, kept by triggers) compared with the rows. */
public final class ComplaintFacets {

    private static final String FACETS = " from complaint k join customer c on c.id = k.customer_id cross join lateral"
            + " (select distinct unnest(array[''] || c.tags) as t) f";

    private ComplaintFacets() {
    }

    /** Both tables agree with counting the complaints one by one; and they are not both empty. */
    public static void assertAgreeWithTheRows(JdbcTemplate jdbc) {
        var closed = jdbc.queryForList("select tag, handler_id, day, organisation, closed, rated, satisfaction_sum"
                + " from complaint_closed_facet_day where closed <> 0 order by 1, 2, 3, 4");
        assertThat(closed).as("closed complaints per handler, day, type and tag")
                .isEqualTo(jdbc.queryForList("select f.t as tag, k.handler_id,"
                        + " (k.closed_at at time zone (select zone from business_zone))::date as day,"
                        + " c.kind = 'ORGANISATION' as organisation, count(*)::int as closed,"
                        + " count(k.satisfaction)::int as rated, coalesce(sum(k.satisfaction), 0)::bigint"
                        + " as satisfaction_sum" + FACETS + " where k.closed_at is not null"
                        + " group by 1, 2, 3, 4 order by 1, 2, 3, 4"));
        assertThat(jdbc.queryForObject("select count(*) from complaint_closed_facet_day where closed = 0"
                + " and (rated <> 0 or satisfaction_sum <> 0)", Long.class)).isZero();
        var open = jdbc.queryForList("select tag, handler_id, due_day, organisation, open from complaint_open_facet"
                + " where open <> 0 order by 1, 2, 3, 4");
        assertThat(open).as("open complaints per handler, due day, type and tag")
                .isEqualTo(jdbc.queryForList("select f.t as tag, k.handler_id,"
                        + " (k.due_at at time zone 'UTC')::date as due_day, c.kind = 'ORGANISATION' as organisation,"
                        + " count(*)::int as open" + FACETS + " where k.status <> 'CLOSED'"
                        + " group by 1, 2, 3, 4 order by 1, 2, 3, 4"));
        assertThat(closed.size() + open.size()).as("complaint counts").isPositive();
    }
}
