package org.idic.crm.segmentation.math;

import java.util.Arrays;

/**
 * Dense ids for distinct tuples of up to three longs (open addressing, no boxing). The fitting and CLV
 * code uses it to evaluate each distinct (x, t_x, T) only once: a million customers collapse to a few
 * hundred thousand distinct triples, and to far fewer (x, T) pairs.
 */
public final class TupleIndex {

    private long[] k1;
    private long[] k2;
    private long[] k3;
    private int[] slots;
    private int size;
    private int mask;

    /** An index sized for about {@code expected} distinct tuples (it grows as needed). */
    public TupleIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[capacity];
        Arrays.fill(slots, -1);
        mask = capacity - 1;
        int keys = Math.max(16, expected);
        k1 = new long[keys];
        k2 = new long[keys];
        k3 = new long[keys];
    }

    /** The id of the tuple, assigning the next id (0, 1, 2, …) to a tuple not seen before. */
    public int idOf(long a, long b, long c) {
        int slot = (int) mix(a, b, c) & mask;
        while (true) {
            int id = slots[slot];
            if (id < 0) {
                return insert(slot, a, b, c);
            }
            if (k1[id] == a && k2[id] == b && k3[id] == c) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The id of the tuple, or −1 if it was never added. */
    public int find(long a, long b, long c) {
        int slot = (int) mix(a, b, c) & mask;
        while (true) {
            int id = slots[slot];
            if (id < 0 || (k1[id] == a && k2[id] == b && k3[id] == c)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Number of distinct tuples. */
    public int size() {
        return size;
    }

    /** The first, second and third components of tuple {@code id}. */
    public long first(int id) {
        return k1[id];
    }

    public long second(int id) {
        return k2[id];
    }

    public long third(int id) {
        return k3[id];
    }

    private int insert(int slot, long a, long b, long c) {
        if (size == k1.length) {
            int grown = k1.length * 2;
            k1 = Arrays.copyOf(k1, grown);
            k2 = Arrays.copyOf(k2, grown);
            k3 = Arrays.copyOf(k3, grown);
        }
        int id = size++;
        k1[id] = a;
        k2[id] = b;
        k3[id] = c;
        slots[slot] = id;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = (int) mix(k1[id], k2[id], k3[id]) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
    }

    private static long mix(long a, long b, long c) {
        long h = a * 0x9E3779B97F4A7C15L;
        h = Long.rotateLeft(h ^ b, 29) * 0xC2B2AE3D27D4EB4FL;
        h = Long.rotateLeft(h ^ c, 31) * 0x165667B19E3779F9L;
        return h ^ (h >>> 32);
    }
}
