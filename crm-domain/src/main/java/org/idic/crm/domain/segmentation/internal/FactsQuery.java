package org.idic.crm.domain.segmentation.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.facts.CustomerFactsBuilder;
import org.idic.crm.segmentation.settings.Channel;
import org.idic.crm.segmentation.settings.SegmentationSettings;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Aggregates every customer's facts inside PostgreSQL: the completed orders are grouped by customer
 * and day, then by customer, straight from a covering index in customer order (no sort, no hash);
 * the interactions and complaints of the window give the cost to serve; the customers' own columns
 * join in. The customers are split into id ranges aggregated at the same time on separate
 * connections that share one snapshot, so the facts are as consistent as one query's. The Java side
 * reads one row per customer. Definitions are those of {@link CustomerFacts}; the cost to serve adds
 * each complaint's compensation cost to the complaint handling cost.
 */
@Component
public class FactsQuery {

    static final String SQL = """
            with daily as (
                select customer_id, order_date as d, sum(amount_f) as amt,
                       sum(coalesce(amount_f - cost_f, amount_f * :marginRate)) as mrg, count(*) as n
                from customer_order
                where status = 'COMPLETED' and order_date <= :asOf and customer_id >= :lo and customer_id < :hi
                group by customer_id, order_date),
            bought as (
                select customer_id, min(d) - date '1970-01-01' as first_day, max(d) - date '1970-01-01' as last_day,
                       count(*) as days_total, count(*) filter (where d > :windowStart) as days_window,
                       coalesce(sum(n) filter (where d > :windowStart), 0) as orders_window,
                       coalesce(sum(amt) filter (where d > :windowStart), 0) as revenue_window,
                       coalesce(sum(mrg) filter (where d > :windowStart), 0) as margin_window,
                       sum(amt) as revenue_total, sum(mrg) as margin_total,
                       sum(amt) - (array_agg(amt order by d))[1] as repeat_revenue,
                       coalesce(sum(amt) filter (where d > :recentStart), 0) as revenue_recent,
                       coalesce(sum(amt) filter (where d > :priorStart and d <= :recentStart), 0) as revenue_prior
                from daily group by customer_id),
            served as (
                select customer_id, sum(cost) as cost from (
                    select customer_id, {channelCost} as cost from interaction
                    where occurred_at >= :from and occurred_at < :to and customer_id >= :lo and customer_id < :hi
                    union all
                    select customer_id, :complaintCost + coalesce(compensation_cost, 0)::float8 from complaint
                    where received_at >= :from and received_at < :to and customer_id >= :lo and customer_id < :hi) costs
                group by customer_id)
            select c.id, c.owner_id, c.kind = 'ORGANISATION' as organisation, c.wallet_estimate,
                   c.status = 'CLOSED' as closed, c.tags, b.*, coalesce(s.cost, 0) as service_cost
            from customer c
            left join bought b on b.customer_id = c.id
            left join served s on s.customer_id = c.id
            where c.id >= :lo and c.id < :hi
            order by c.id""";

    /** Aggregated at the same time, each on its own connection (the machine's cores, at most 4). */
    static final int RANGES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final DataSource dataSource;

    FactsQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every customer's facts as of {@code asOf}; {@code progress} hears the count of customers read. */
    public CustomerFacts load(LocalDate asOf, SegmentationSettings settings, ZoneId zone, IntConsumer progress) {
        return loadWithOwners(asOf, settings, zone, progress).facts();
    }

    /** The facts, plus each customer's owner and kind (for the per-run report tables). */
    public LoadedFacts loadWithOwners(LocalDate asOf, SegmentationSettings settings, ZoneId zone,
            IntConsumer progress) {
        try (Connection leader = dataSource.getConnection()) {
            begin(leader);
            long[] ids = bounds(leader);
            String snapshot = exportSnapshot(leader);
            long step = Math.max(1, (ids[1] - ids[0] + RANGES) / RANGES);
            AtomicInteger read = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(RANGES, r -> new Thread(r, "segmentation-facts"));
            try {
                List<Future<RangeRows>> parts = new ArrayList<>();
                for (int i = 0; i < RANGES; i++) {
                    long lo = ids[0] + i * step;
                    long hi = i == RANGES - 1 ? ids[1] + 1 : lo + step;
                    boolean first = i == 0;
                    parts.add(pool.submit(() -> first ? query(leader, lo, hi, asOf, settings, zone, read, progress)
                            : queryWithSnapshot(snapshot, lo, hi, asOf, settings, zone, read, progress)));
                }
                List<RangeRows> rows = new ArrayList<>();
                for (Future<RangeRows> part : parts) {
                    rows.add(part.get());
                }
                leader.commit();
                progress.accept(read.get());
                return RangeRows.assemble(rows);
            } finally {
                pool.shutdownNow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not aggregate the facts: " + e.getMessage(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not aggregate the facts: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while aggregating the facts", e);
        }
    }

    private RangeRows queryWithSnapshot(String snapshot, long lo, long hi, LocalDate asOf,
            SegmentationSettings settings, ZoneId zone, AtomicInteger read, IntConsumer progress) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            begin(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("set transaction snapshot '" + snapshot.replace("'", "") + "'");
            }
            RangeRows rows = query(connection, lo, hi, asOf, settings, zone, read, progress);
            connection.commit();
            return rows;
        }
    }

    private static RangeRows query(Connection connection, long lo, long hi, LocalDate asOf,
            SegmentationSettings s, ZoneId zone, AtomicInteger read, IntConsumer progress) {
        // each channel's cost per interaction is a parameter of its own: cast(:cost_VISIT as float8) ...
        StringBuilder channelCost = new StringBuilder("case channel");
        Map<String, Object> p = new HashMap<>();
        for (Channel channel : Channel.values()) {
            channelCost.append(" when '").append(channel.name()).append("' then cast(:cost_").append(channel.name())
                    .append(" as float8)");
            p.put("cost_" + channel.name(), s.channelCost(channel));
        }
        channelCost.append(" else 0 end");
        p.put("marginRate", s.defaultMarginRate());
        p.put("asOf", asOf);
        p.put("lo", lo);
        p.put("hi", hi);
        p.put("windowStart", asOf.minusDays(s.windowDays()));
        p.put("recentStart", asOf.minusDays(s.recentDays()));
        p.put("priorStart", asOf.minusDays(2L * s.recentDays()));
        p.put("from", Timestamp.from(asOf.minusDays(s.windowDays() - 1L).atStartOfDay(zone).toInstant()));
        p.put("to", Timestamp.from(asOf.plusDays(1).atStartOfDay(zone).toInstant()));
        p.put("complaintCost", s.complaintCost());
        RangeRows rows = new RangeRows();
        // this range's own connection (its transaction shares the snapshot of the others): not the pool's
        JdbcClient.create(new SingleConnectionDataSource(connection, true))
                .sql(SQL.replace("{channelCost}", channelCost)).params(p).withFetchSize(10_000)
                .query((RowCallbackHandler) rs -> {
                    rows.add(rs);
                    if (read.incrementAndGet() % 50_000 == 0) {
                        progress.accept(read.get());
                    }
                });
        return rows;
    }

    private static void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
    }

    private static long[] bounds(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(min(id), 0), coalesce(max(id), 0) from customer")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static String exportSnapshot(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * The facts of every customer, with the owner, kind and tags of each (same order; equal tags are one
     * string, and a customer without tags has an empty array).
     */
    public record LoadedFacts(CustomerFacts facts, long[] ownerIds, boolean[] organisation, String[][] tags) {
    }

    static CustomerFactsBuilder builder(int capacity) {
        return CustomerFacts.builder(capacity);
    }
}
