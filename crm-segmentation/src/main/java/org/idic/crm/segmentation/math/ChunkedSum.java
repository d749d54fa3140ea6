package org.idic.crm.segmentation.math;

import java.util.stream.IntStream;

/**
 * Sums over a large index range on all cores, deterministically: the range is cut into a fixed number
 * of chunks whatever the machine, each chunk sums into its own accumulator, and the chunk results are
 * added in chunk order. So the floating-point result does not depend on the number of cores or on
 * thread scheduling. Runs on the common fork-join pool.
 */
public final class ChunkedSum {

    /** Fixed, so results are identical on every machine. */
    private static final int CHUNKS = 16;
    /** Below this many items per call the fork-join overhead is not worth it. */
    private static final int PARALLEL_THRESHOLD = 50_000;

    /** Adds the terms of items [from, to) into acc. */
    @FunctionalInterface
    public interface Body {
        void accumulate(int from, int to, double[] acc);
    }

    private ChunkedSum() {
    }

    /** Σ over [0, n) of {@code width} quantities at once. */
    public static double[] sum(int n, int width, Body body) {
        double[][] partial = new double[CHUNKS][width];
        IntStream chunks = IntStream.range(0, CHUNKS);
        if (n >= PARALLEL_THRESHOLD) {
            chunks = chunks.parallel();
        }
        chunks.forEach(c -> body.accumulate((int) ((long) n * c / CHUNKS), (int) ((long) n * (c + 1) / CHUNKS), partial[c]));
        double[] total = new double[width];
        for (double[] p : partial) {
            for (int k = 0; k < width; k++) {
                total[k] += p[k];
            }
        }
        return total;
    }
}
