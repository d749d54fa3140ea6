package org.idic.crm.app.command;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.Role;
import org.idic.crm.domain.customerlist.CustomerQuery;
import org.idic.crm.domain.customerlist.CustomerSearch;
import org.idic.crm.domain.customerlist.CustomerSort;
import org.idic.crm.domain.customerlist.ScoreFilter;
import org.idic.crm.segmentation.tier.Tier;
import org.springframework.context.ConfigurableApplicationContext;

/** Times the read queries behind the busiest pages, as an administrator (the widest scope). */
final class PageTimings {

    private PageTimings() {
    }

    static void print(ConfigurableApplicationContext context, PrintStream out, int repeat) {
        CustomerSearch search = context.getBean(CustomerSearch.class);
        Actor admin = new Actor(0L, "benchmark", Role.ADMIN, null);
        time(out, "customer list, first page", repeat * 10, () -> search.search(admin, CustomerQuery.firstPage()));
        time(out, "customer list, search 'acme'", repeat * 10, () -> search.search(admin,
                new CustomerQuery("acme", null, null, null, null, null, null, false, 0, 25)));
        for (Tier tier : List.of(Tier.MVC, Tier.BZ)) {
            time(out, "customer list, tier " + tier + ", by name", repeat * 10, () -> search.search(admin,
                    new CustomerQuery(null, null, null, null, null, tierFilter(tier), null, false, 0, 25)));
        }
        time(out, "customer list, tier MVC, by CLV", repeat * 10, () -> search.search(admin,
                new CustomerQuery(null, null, null, null, null, tierFilter(Tier.MVC), CustomerSort.CLV, true, 0, 25)));
        Long someRep = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select min(id) from app_user where role = 'REP'", Long.class);
        if (someRep != null) {
            Actor rep = new Actor(someRep, "benchmark-rep", Role.REP, null);
            time(out, "customer list of one rep, tier MVC, by name", repeat * 10, () -> search.search(rep,
                    new CustomerQuery(null, null, null, null, null, tierFilter(Tier.MVC), null, false, 0, 25)));
        }
    }

    private static ScoreFilter tierFilter(Tier tier) {
        return new ScoreFilter(tier, null, null, null, null, null);
    }

    static void time(PrintStream out, String what, int times, Supplier<?> query) {
        query.get(); // warm-up
        long[] micros = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            query.get();
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        out.printf("  %-44s p50 %,7.1f ms   p95 %,7.1f ms   (%d runs)%n", what, micros[times / 2] / 1000.0,
                micros[(int) Math.ceil(times * 0.95) - 1] / 1000.0, times);
    }
}
