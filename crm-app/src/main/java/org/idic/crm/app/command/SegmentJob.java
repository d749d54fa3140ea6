package org.idic.crm.app.command;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.idic.crm.domain.segmentation.RunAlreadyInProgressException;
import org.idic.crm.domain.segmentation.RunOutcome;
import org.idic.crm.domain.segmentation.RunTrigger;
import org.idic.crm.domain.segmentation.SegmentationRuns;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code segment [--as-of YYYY-MM-DD]}: one run to completion, with a per-stage breakdown. */
final class SegmentJob implements Commands.Job {

    @Override
    public Set<String> options() {
        return Set.of("as-of");
    }

    @Override
    public void check(CommandLine line) {
        asOf(line);
    }

    @Override
    public int run(CommandLine line, ConfigurableApplicationContext context, PrintStream out) {
        try {
            RunOutcome outcome = context.getBean(SegmentationRuns.class).runNow(RunTrigger.COMMAND, asOf(line),
                    "command line");
            print(outcome, out);
            return 0;
        } catch (RunAlreadyInProgressException e) {
            out.println("A segmentation run is already in progress (run " + e.runningId() + ", started by "
                    + e.startedBy() + " at " + e.startedAt() + "); nothing was started.");
            return 3;
        }
    }

    static void print(RunOutcome outcome, PrintStream out) {
        Map<String, Long> ms = outcome.stageMillis();
        long total = ms.get("facts") + ms.get("engine") + ms.get("write") + ms.getOrDefault("migration", 0L);
        out.printf("Segmentation run %d: %s customers scored (%s model%s)%n", outcome.runId(),
                Commands.thousands(outcome.customers()), outcome.clvModel(),
                outcome.fallbackReason() == null ? "" : ", " + outcome.fallbackReason());
        out.printf("  facts query  %,9d ms%n", ms.get("facts"));
        out.printf("  engine       %,9d ms", ms.get("engine"));
        StringBuilder engine = new StringBuilder();
        ms.forEach((k, v) -> {
            if (k.startsWith("engine.")) {
                engine.append(engine.length() == 0 ? "  (" : ", ").append(k.substring(7)).append(' ').append(v);
            }
        });
        out.println(engine.length() == 0 ? "" : engine + ")");
        out.printf("  write        %,9d ms", ms.get("write"));
        StringBuilder write = new StringBuilder();
        ms.forEach((k, v) -> {
            if (k.startsWith("write.")) {
                write.append(write.length() == 0 ? "  (" : ", ").append(k.substring(6)).append(' ').append(v);
            }
        });
        out.println(write.length() == 0 ? "" : write + ")");
        out.printf("  migration    %,9d ms  (the tier-migration report from the previous run)%n",
                ms.getOrDefault("migration", 0L));
        out.printf("  total        %,9d ms   peak heap %,d MB%n", total, outcome.peakHeapBytes() / (1024 * 1024));
        out.println("  tiers        " + outcome.tierCounts());
    }

    private static LocalDate asOf(CommandLine line) {
        String value = line.options().get("as-of");
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.UsageException("--as-of must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
