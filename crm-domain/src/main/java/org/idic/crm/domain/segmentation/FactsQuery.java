package org.idic.crm.domain.segmentation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.facts.CustomerFactsBuilder;
import org.idic.crm.segmentation.settings.Channel;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates every customer's facts inside PostgreSQL: one pass over the completed orders (grouped by
 * customer and day, then by customer), one over the interactions and complaints of the window for the
 * cost to serve, joined to the customers (prospects included). The Java side only reads one row per
 * customer. The definitions are those of {@link CustomerFacts}; the cost to serve adds each
 * complaint's compensation cost to the complaint handling cost.
 */
@Component
public class FactsQuery {

    static final String SQL = """
            with daily as (
                select customer_id, order_date as d, sum(amount) as amt,
                       sum(coalesce(amount - cost, amount * :marginRate)) as mrg, count(*) as n
                from customer_order
                where status = 'COMPLETED' and order_date <= :asOf
                group by customer_id, order_date),
            bought as (
                select customer_id, min(d) - date '1970-01-01' as first_day, max(d) - date '1970-01-01' as last_day,
                       count(*) as days_total, count(*) filter (where d > :windowStart) as days_window,
                       coalesce(sum(n) filter (where d > :windowStart), 0) as orders_window,
                       coalesce(sum(amt) filter (where d > :windowStart), 0) as revenue_window,
                       coalesce(sum(mrg) filter (where d > :windowStart), 0) as margin_window,
                       sum(amt) as revenue_total, sum(mrg) as margin_total,
                       sum(amt) - (min(array[(d - date '1970-01-01')::numeric, amt]))[2] as repeat_revenue,
                       coalesce(sum(amt) filter (where d > :recentStart), 0) as revenue_recent,
                       coalesce(sum(amt) filter (where d > :priorStart and d <= :recentStart), 0) as revenue_prior
                from daily group by customer_id),
            served as (
                select customer_id, sum(cost) as cost from (
                    select customer_id, %s as cost from interaction
                    where occurred_at >= :windowFrom and occurred_at < :windowTo
                    union all
                    select customer_id, :complaintCost + coalesce(compensation_cost, 0) from complaint
                    where received_at >= :windowFrom and received_at < :windowTo) costs
                group by customer_id)
            select c.id, c.wallet_estimate, c.status = 'CLOSED' as closed, b.*, coalesce(s.cost, 0) as service_cost
            from customer c
            left join bought b on b.customer_id = c.id
            left join served s on s.customer_id = c.id
            order by c.id""";

    private final NamedParameterJdbcTemplate jdbc;

    FactsQuery(javax.sql.DataSource dataSource) {
        // its own template: rows are streamed from a server-side cursor, 10,000 at a time
        org.springframework.jdbc.core.JdbcTemplate streaming = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        streaming.setFetchSize(10_000);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
    }

    /** Every customer's facts as of {@code asOf}; {@code progress} hears the count of customers read. */
    @Transactional(readOnly = true)
    public CustomerFacts load(LocalDate asOf, SegmentationSettings settings, ZoneId zone, IntConsumer progress) {
        Map<String, Object> p = new HashMap<>();
        p.put("asOf", asOf);
        p.put("marginRate", settings.defaultMarginRate());
        p.put("windowStart", asOf.minusDays(settings.windowDays()));
        p.put("recentStart", asOf.minusDays(settings.recentDays()));
        p.put("priorStart", asOf.minusDays(2L * settings.recentDays()));
        p.put("windowFrom", Timestamp.from(asOf.minusDays(settings.windowDays() - 1L).atStartOfDay(zone).toInstant()));
        p.put("windowTo", Timestamp.from(asOf.plusDays(1).atStartOfDay(zone).toInstant()));
        p.put("complaintCost", settings.complaintCost());
        StringBuilder channelCost = new StringBuilder("case channel");
        for (Channel channel : Channel.values()) {
            channelCost.append(" when '").append(channel.name()).append("' then :cost").append(channel.name());
            p.put("cost" + channel.name(), settings.channelCost(channel));
        }
        channelCost.append(" else 0 end");
        Integer customers = jdbc.getJdbcTemplate().queryForObject("select count(*) from customer", Integer.class);
        CustomerFactsBuilder facts = CustomerFacts.builder(customers == null ? 16 : customers + 16);
        int[] read = {0};
        jdbc.query(SQL.formatted(channelCost), p, (RowCallbackHandler) rs -> {
            add(facts, rs);
            if (++read[0] % 50_000 == 0) {
                progress.accept(read[0]);
            }
        });
        progress.accept(read[0]);
        return facts.build();
    }

    private static void add(CustomerFactsBuilder facts, ResultSet rs) throws SQLException {
        facts.add(rs.getLong("id")).closed(rs.getBoolean("closed")).serviceCost(rs.getDouble("service_cost"));
        double wallet = rs.getDouble("wallet_estimate");
        if (!rs.wasNull()) {
            facts.walletEstimate(wallet);
        }
        rs.getObject("customer_id");
        if (rs.wasNull()) {
            return; // a prospect: no completed order on or before as-of
        }
        facts.purchases(rs.getInt("first_day"), rs.getInt("last_day"), rs.getInt("days_total"),
                        rs.getInt("days_window"), rs.getInt("orders_window"))
                .revenue(rs.getDouble("revenue_window"), rs.getDouble("revenue_total"), rs.getDouble("revenue_recent"),
                        rs.getDouble("revenue_prior"), rs.getDouble("repeat_revenue"))
                .margin(rs.getDouble("margin_window"), rs.getDouble("margin_total"));
    }
}
