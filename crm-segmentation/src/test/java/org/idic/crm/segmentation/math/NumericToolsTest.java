package org.idic.crm.segmentation.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.idic.crm.segmentation.testing.RandomCases;
import org.junit.jupiter.api.Test;

class NumericToolsTest {

    @Test
    void bfgsFindsTheRosenbrockMinimum() {
        DifferentiableFunction rosenbrock = (x, g) -> {
            double a = 1 - x[0];
            double b = x[1] - x[0] * x[0];
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        };
        Bfgs.Result r = Bfgs.minimize(rosenbrock, new double[] {-1.2, 1}, 1e-10, 500);
        assertThat(r.converged()).isTrue();
        assertThat(r.x()[0]).isCloseTo(1, within(1e-6));
        assertThat(r.x()[1]).isCloseTo(1, within(1e-6));
    }

    @Test
    void indexSortIsAStableSortByKey() {
        RandomCases.check(50, draw -> indexSortIsAStableSortByKey(draw.random()));
    }

    private static void indexSortIsAStableSortByKey(SplittableRandom random) {
        int n = random.nextInt(0, 3000);
        double[] values = new double[n];
        long[] keys = new long[n];
        int[] idx = new int[n];
        Integer[] expected = new Integer[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(5) == 0 ? 0.0 : (random.nextInt(-50, 50) * 1.5);
            if (random.nextInt(20) == 0) {
                values[i] = -0.0;
            }
            keys[i] = IndexSort.descending(values[i]);
            idx[i] = i;
            expected[i] = i;
        }
        IndexSort.sort(idx, n, keys);
        Arrays.sort(expected, Comparator.comparingDouble((Integer i) -> values[i] == 0 ? 0.0 : -values[i]));
        assertThat(idx).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }

    @Test
    void tupleIndexGivesDenseIdsInFirstSeenOrder() {
        TupleIndex index = new TupleIndex(2);
        for (int i = 0; i < 10_000; i++) {
            assertThat(index.idOf(i % 100, i % 7 == 0 ? 1 : 0, -i % 3)).isGreaterThanOrEqualTo(0);
        }
        assertThat(index.idOf(0, 1, 0)).isZero();
        assertThat(index.find(99, 5, 5)).isEqualTo(-1);
        assertThat(index.first(index.idOf(42, 0, 0))).isEqualTo(42);
    }

    @Test
    void chunkedSumsDoNotDependOnThreads() {
        double[] data = new SplittableRandom(1).doubles(200_000, -1e6, 1e6).toArray();
        ChunkedSum.Body body = (from, to, acc) -> {
            for (int i = from; i < to; i++) {
                acc[0] += data[i];
            }
        };
        double first = ChunkedSum.sum(data.length, 1, body)[0];
        for (int run = 0; run < 20; run++) {
            assertThat(ChunkedSum.sum(data.length, 1, body)[0]).isEqualTo(first);
        }
    }
}
