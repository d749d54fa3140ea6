package org.idic.crm.app.command;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import org.idic.crm.domain.segmentation.RunOutcome;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code benchmark}: on whatever data the database holds, times the bare aggregate query over the
 * orders (the floor for any segmentation), a full segmentation run, and the busiest read queries.
 */
final class BenchmarkJob implements Commands.Job {

    static final String BARE_AGGREGATE = "select customer_id, count(*), sum(amount), min(order_date), max(order_date)"
            + " from customer_order group by customer_id";

    @Override
    public Set<String> options() {
        return Set.of("repeat");
    }

    @Override
    public boolean web() {
        return true;
    }

    @Override
    public void check(CommandLine line) {
        line.number("repeat", 3, 1, 100);
    }

    @Override
    public int run(CommandLine line, ConfigurableApplicationContext context, PrintStream out) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        int repeat = (int) line.number("repeat", 3, 1, 100);
        out.printf("Data: %s customers, %s orders%n",
                Commands.thousands(jdbc.queryForObject("select count(*) from customer", Long.class)),
                Commands.thousands(jdbc.queryForObject("select count(*) from customer_order", Long.class)));
        long[] bare = new long[repeat];
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            jdbc.query(BARE_AGGREGATE, rs -> { });
            bare[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(bare);
        out.printf("Bare aggregate query (GROUP BY customer_id: count, sum, min, max), median of %d: %,d ms%n",
                repeat, bare[repeat / 2]);
        RunOutcome outcome = context.getBean(SegmentationRuns.class).runNow(RunTrigger.COMMAND, null, "benchmark");
        SegmentJob.print(outcome, out);
        long total = outcome.stageMillis().get("facts") + outcome.stageMillis().get("engine")
                + outcome.stageMillis().get("write") + outcome.stageMillis().getOrDefault("migration", 0L);
        out.printf("Whole run / bare query: %.2f%n", (double) total / Math.max(1, bare[repeat / 2]));
        PageTimings.print(context, out, repeat);
        Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        if (port != null) {
            ReportTimings.print(port, jdbc, out, repeat * 10);
        }
        return 0;
    }
}
