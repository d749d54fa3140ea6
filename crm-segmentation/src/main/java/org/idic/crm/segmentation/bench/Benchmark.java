package org.idic.crm.segmentation.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.idic.crm.segmentation.ProgressListener;
import org.idic.crm.segmentation.SegmentationEngine;
import org.idic.crm.segmentation.SegmentationResult;
import org.idic.crm.segmentation.Stage;
import org.idic.crm.segmentation.StageTiming;
import org.idic.crm.segmentation.cli.Main;
import org.idic.crm.segmentation.facts.CustomerFacts;
import org.idic.crm.segmentation.facts.FactsSummarizer;
import org.idic.crm.segmentation.settings.SegmentationSettings;

/**
 * The benchmark command: times each engine stage on simulated customers and the whole score command
 * on a CSV log, and prints a Markdown table (time and peak heap per stage).
 */
public final class Benchmark {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private Benchmark() {
    }

    /**
     * Runs the benchmark. Its files go to {@code dir} and are kept there (so the score command can be
     * timed again in a fresh JVM); with {@code dir} null they go to the system temp directory and are
     * deleted.
     */
    public static int run(int customers, long seed, String dir, PrintStream out) throws IOException {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "machine: %d processors, max heap %d MB, %s %s (%s)%n", rt.availableProcessors(),
                rt.maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.arch"));
        Path base = dir == null ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(dir);
        Path orders = Files.createTempFile(base, "bench-transactions", ".csv");
        Path costs = Files.createTempFile(base, "bench-service-costs", ".csv");
        Path output = Files.createTempFile(base, "bench-scores", ".csv");
        try {
            SegmentationSettings settings = SegmentationSettings.defaults();
            long t0 = System.nanoTime();
            FactsSummarizer summarizer = new FactsSummarizer(AS_OF, settings);
            Simulation simulation = new Simulation(seed, AS_OF);
            try (BufferedWriter o = Files.newBufferedWriter(orders, StandardCharsets.UTF_8);
                 BufferedWriter c = Files.newBufferedWriter(costs, StandardCharsets.UTF_8)) {
                simulation.generate(customers, summarizer, o, c);
            }
            CustomerFacts facts = summarizer.summarize();
            out.printf(Locale.ROOT, "generated %,d customers, %,d orders (%,d MB CSV) in %.1f s; as of %s%n%n",
                    facts.size(), simulation.orders, Files.size(orders) >> 20, (System.nanoTime() - t0) / 1e9, AS_OF);
            for (int round = 1; round <= 2; round++) {
                inMemory(facts, settings, out, round);
            }
            summarizer = null;
            facts = null;
            csv(orders, costs, output, out);
        } finally {
            if (dir == null) {
                Files.deleteIfExists(orders);
                Files.deleteIfExists(costs);
                Files.deleteIfExists(output);
            } else {
                out.printf("kept %s, %s and %s%n", orders, costs, output);
            }
        }
        return 0;
    }

    private static void inMemory(CustomerFacts facts, SegmentationSettings settings, PrintStream out, int round) {
        System.gc();
        Map<Stage, Long> peaks = new EnumMap<>(Stage.class);
        Stage[] current = {null};
        ProgressListener listener = (stage, done, total) -> {
            if (stage != current[0]) {
                if (current[0] != null) {
                    peaks.put(current[0], HeapPeak.peakBytes());
                }
                HeapPeak.reset();
                current[0] = stage;
            }
        };
        HeapPeak.reset();
        SegmentationResult r = SegmentationEngine.score(facts, settings, AS_OF, listener);
        peaks.put(current[0], HeapPeak.peakBytes());
        out.printf(Locale.ROOT, "in-memory scoring, run %d (%s, BG/NBD r=%.3f alpha=%.3f a=%.3f b=%.3f)%n", round,
                r.clvModel(), r.modelReport().bgNbd().r(), r.modelReport().bgNbd().alpha(), r.modelReport().bgNbd().a(),
                r.modelReport().bgNbd().b());
        out.println("| stage | time (ms) | peak heap (MB) |");
        out.println("|---|---:|---:|");
        long total = 0;
        for (StageTiming t : r.timings()) {
            total += t.nanos();
            out.printf(Locale.ROOT, "| %s | %.0f | %d |%n", label(t.stage()), t.millis(),
                    peaks.getOrDefault(t.stage(), 0L) >> 20);
        }
        out.printf(Locale.ROOT, "| total | %.0f | |%n%n", total / 1e6);
    }

    private static String label(Stage s) {
        return switch (s) {
            case RANKING -> "ABC + pyramid + RFM";
            case FIT_BG_NBD -> "BG/NBD fit";
            case FIT_GAMMA_GAMMA -> "Gamma-Gamma fit";
            case CLV -> "CLV (12 months) for everyone";
            case TIERS -> "tiers";
            case LIFECYCLE -> "lifecycle + relationship";
        };
    }

    private static void csv(Path orders, Path costs, Path output, PrintStream out) {
        System.gc();
        HeapPeak.reset();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int status = Main.run(new String[] {"score", "--transactions", orders.toString(), "--service-costs",
                costs.toString(), "--as-of", AS_OF.toString(), "--out", output.toString()},
                new PrintStream(sink, true, StandardCharsets.UTF_8), out);
        long nanos = System.nanoTime() - t0;
        out.printf(Locale.ROOT, "whole score command from CSV (parse, summarize, score, write CSV): %.0f ms, "
                + "peak heap %d MB, exit status %d%n", nanos / 1e6, HeapPeak.peakBytes() >> 20, status);
    }
}
