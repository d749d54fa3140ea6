package org.idic.crm.domain.segmentation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.facts.CustomerFactsBuilder;

/** One id range's rows of the facts query, held column-wise until the ranges are put together. */
final class RangeRows {

    private static final String[] NO_TAGS = {};

    private int size;
    private long[] id = new long[1024];
    private long[] owner = new long[1024];
    private boolean[] organisation = new boolean[1024];
    private String[][] tags = new String[1024][];
    /** One string per distinct tag, shared by every customer that carries it. */
    private final java.util.Map<String, String> distinctTags = new java.util.HashMap<>();
    private boolean[] closed = new boolean[1024];
    private double[] wallet = new double[1024];
    private double[] serviceCost = new double[1024];
    private boolean[] bought = new boolean[1024];
    private int[] days = new int[1024 * 5];
    private double[] money = new double[1024 * 7];

    void add(ResultSet rs) throws SQLException {
        grow();
        int i = size++;
        id[i] = rs.getLong("id");
        owner[i] = rs.getLong("owner_id");
        organisation[i] = rs.getBoolean("organisation");
        java.sql.Array array = rs.getArray("tags");
        String[] raw = array == null ? NO_TAGS : (String[]) array.getArray();
        for (int t = 0; t < raw.length; t++) {
            raw[t] = distinctTags.computeIfAbsent(raw[t], k -> k);
        }
        tags[i] = raw.length == 0 ? NO_TAGS : raw;
        closed[i] = rs.getBoolean("closed");
        double w = rs.getDouble("wallet_estimate");
        wallet[i] = rs.wasNull() ? Double.NaN : w;
        serviceCost[i] = rs.getDouble("service_cost");
        rs.getObject("customer_id");
        bought[i] = !rs.wasNull();
        if (bought[i]) {
            int d = i * 5;
            days[d] = rs.getInt("first_day");
            days[d + 1] = rs.getInt("last_day");
            days[d + 2] = rs.getInt("days_total");
            days[d + 3] = rs.getInt("days_window");
            days[d + 4] = rs.getInt("orders_window");
            int m = i * 7;
            money[m] = rs.getDouble("revenue_window");
            money[m + 1] = rs.getDouble("revenue_total");
            money[m + 2] = rs.getDouble("revenue_recent");
            money[m + 3] = rs.getDouble("revenue_prior");
            money[m + 4] = rs.getDouble("repeat_revenue");
            money[m + 5] = rs.getDouble("margin_window");
            money[m + 6] = rs.getDouble("margin_total");
        }
    }

    /** The ranges in id order as one set of facts, with owners and kinds alongside. */
    static FactsQuery.LoadedFacts assemble(List<RangeRows> ranges) {
        int total = ranges.stream().mapToInt(r -> r.size).sum();
        CustomerFactsBuilder builder = FactsQuery.builder(total);
        long[] owners = new long[total];
        boolean[] organisations = new boolean[total];
        String[][] tags = new String[total][];
        int k = 0;
        for (RangeRows r : ranges) {
            for (int i = 0; i < r.size; i++, k++) {
                owners[k] = r.owner[i];
                organisations[k] = r.organisation[i];
                tags[k] = r.tags[i];
                builder.add(r.id[i]).closed(r.closed[i]).serviceCost(r.serviceCost[i]);
                if (!Double.isNaN(r.wallet[i])) {
                    builder.walletEstimate(r.wallet[i]);
                }
                if (r.bought[i]) {
                    int d = i * 5;
                    int m = i * 7;
                    builder.purchases(r.days[d], r.days[d + 1], r.days[d + 2], r.days[d + 3], r.days[d + 4])
                            .revenue(r.money[m], r.money[m + 1], r.money[m + 2], r.money[m + 3], r.money[m + 4])
                            .margin(r.money[m + 5], r.money[m + 6]);
                }
            }
        }
        CustomerFacts facts = builder.build();
        return new FactsQuery.LoadedFacts(facts, owners, organisations, tags);
    }

    private void grow() {
        if (size < id.length) {
            return;
        }
        int n = id.length * 2;
        id = Arrays.copyOf(id, n);
        owner = Arrays.copyOf(owner, n);
        organisation = Arrays.copyOf(organisation, n);
        tags = Arrays.copyOf(tags, n);
        closed = Arrays.copyOf(closed, n);
        wallet = Arrays.copyOf(wallet, n);
        serviceCost = Arrays.copyOf(serviceCost, n);
        bought = Arrays.copyOf(bought, n);
        days = Arrays.copyOf(days, n * 5);
        money = Arrays.copyOf(money, n * 7);
    }
}
