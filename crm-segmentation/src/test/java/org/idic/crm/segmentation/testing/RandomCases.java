package org.idic.crm.segmentation.testing;

import java.util.SplittableRandom;

/**
 * A property checked over many random cases. Every run draws a fresh seed (so that the cases differ from
 * run to run, as they did under jqwik); each case has a seed of its own, and a failing case names it:
 * {@code -Dtests.seed=N} makes that case the first one again. Plain JUnit 5, no framework.
 */
public final class RandomCases {

    /** Set to replay a failing case (it runs first, the others follow from it). */
    public static final String SEED_PROPERTY = "tests.seed";

    private RandomCases() {
    }

    /** A property of one random case. */
    @FunctionalInterface
    public interface Property {
        void check(Draw random) throws Exception;
    }

    /** Checks {@code property} on {@code cases} random cases; a failure says which seed gives it. */
    public static void check(int cases, Property property) {
        Long fixed = Long.getLong(SEED_PROPERTY);
        long seed = fixed != null ? fixed : new SplittableRandom().nextLong();
        for (int i = 0; i < cases; i++) {
            long caseSeed = i == 0 ? seed : mix(seed, i);
            try {
                property.check(new Draw(caseSeed));
            } catch (AssertionError | Exception e) {
                throw new AssertionError("case " + (i + 1) + " of " + cases + " failed with seed " + caseSeed
                        + " (rerun with -D" + SEED_PROPERTY + "=" + caseSeed + "): " + e.getMessage(), e);
            }
        }
    }

    /**
     * The values of one case. Ranges are inclusive, and their ends come up more often than chance would
     * have them (one draw in ten), since that is where rules break.
     */
    public static final class Draw {

        private final SplittableRandom random;

        Draw(long seed) {
            this.random = new SplittableRandom(seed);
        }

        public long anyLong() {
            return random.nextLong();
        }

        public boolean anyBoolean() {
            return random.nextBoolean();
        }

        public int intBetween(int min, int max) {
            return random.nextInt(10) == 0 ? (random.nextBoolean() ? min : max) : random.nextInt(min, max + 1);
        }

        public long longBetween(long min, long max) {
            return random.nextInt(10) == 0 ? (random.nextBoolean() ? min : max) : random.nextLong(min, max + 1);
        }

        public double doubleBetween(double min, double max) {
            if (random.nextInt(10) == 0) {
                return random.nextBoolean() ? min : max;
            }
            return min + (max - min) * random.nextDouble();
        }

        /** One of the values. */
        @SafeVarargs
        public final <T> T oneOf(T... values) {
            return values[random.nextInt(values.length)];
        }

        /** Text of up to {@code maxLength} characters, any of them (control characters and lone surrogates too). */
        public String anyText(int maxLength) {
            StringBuilder text = new StringBuilder();
            int length = intBetween(0, maxLength);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x20, 0x7f) : (char) random.nextInt(0x10000));
            }
            return text.toString();
        }

        /** Text of up to {@code maxLength} characters taken from {@code chars} (one UTF-16 unit at a time). */
        public String textOf(String chars, int maxLength) {
            StringBuilder text = new StringBuilder();
            int length = intBetween(0, maxLength);
            for (int i = 0; i < length; i++) {
                text.append(chars.charAt(random.nextInt(chars.length())));
            }
            return text.toString();
        }

        /** A generator of its own for a case that draws many values (e.g. a whole customer base). */
        public SplittableRandom random() {
            return random;
        }
    }

    /** A well-spread seed for case {@code i} (SplitMix64's finaliser). */
    private static long mix(long seed, int i) {
        long z = seed + i * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
