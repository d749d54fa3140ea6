package org.idic.crm.segmentation.math;

/**
 * Stable least-significant-digit radix sort of indices by 64-bit keys, without boxing. Stability is
 * what the ranking rules rely on: indices that arrive in ascending customer-id order stay in that
 * order among equal keys, which is the spec's tie rule.
 */
public final class IndexSort {

    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private IndexSort() {
    }

    /** A key whose unsigned order is the numeric order of v (−0.0 equals 0.0; NaN not allowed). */
    public static long ascending(double v) {
        long bits = Double.doubleToLongBits(v == 0 ? 0.0 : v);
        return bits < 0 ? ~bits : bits ^ Long.MIN_VALUE;
    }

    /** A key whose unsigned order is the reverse numeric order of v. */
    public static long descending(double v) {
        return ~ascending(v);
    }

    /** A key whose unsigned order is the numeric order of a signed long. */
    public static long ascending(long v) {
        return v ^ Long.MIN_VALUE;
    }

    /**
     * Sorts {@code idx[0..n)} so that {@code keys[idx[i]]} is ascending as unsigned numbers, keeping the
     * incoming order among equal keys.
     */
    public static void sort(int[] idx, int n, long[] keys) {
        int[] buffer = new int[n];
        int[] from = idx;
        int[] to = buffer;
        int[] count = new int[BUCKETS];
        for (int shift = 0; shift < 64; shift += BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (keys[from[i]] >>> shift) & (BUCKETS - 1)]++;
            }
            if (allInOneBucket(count, n)) {
                continue; // this digit is the same everywhere: nothing to reorder
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int id = from[i];
                to[count[(int) (keys[id] >>> shift) & (BUCKETS - 1)]++] = id;
            }
            int[] t = from;
            from = to;
            to = t;
        }
        if (from != idx) {
            System.arraycopy(from, 0, idx, 0, n);
        }
    }

    private static boolean allInOneBucket(int[] count, int n) {
        for (int c : count) {
            if (c == n) {
                return true;
            }
            if (c != 0) {
                return false;
            }
        }
        return true;
    }
}
