package org.idic.crm.segmentation.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable ASCII byte buffer for output rows: numbers are written as digits straight into bytes,
 * which is several times faster than StringBuilder + Writer encoding for a million rows.
 */
final class ByteLine {

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int length;
    private final byte[] digits = new byte[20];

    ByteLine(int capacity) {
        bytes = new byte[capacity];
    }

    int length() {
        return length;
    }

    byte[] array() {
        return bytes;
    }

    ByteLine append(byte b) {
        ensure(1);
        bytes[length++] = b;
        return this;
    }

    ByteLine append(byte[] text) {
        ensure(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
        return this;
    }

    ByteLine append(long v) {
        if (v == Long.MIN_VALUE) {
            return append(MIN_LONG);
        }
        if (v < 0) {
            append((byte) '-');
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        ensure(n);
        while (n > 0) {
            bytes[length++] = digits[--n];
        }
        return this;
    }

    /** v rounded to {@code decimals} places without trailing zeros; nothing for NaN. */
    ByteLine append(double v, int decimals) {
        if (Double.isNaN(v)) {
            return this;
        }
        double scaled = v * POW10[decimals];
        if (!(Math.abs(scaled) < 9e15)) {
            return append(Double.toString(v).getBytes(StandardCharsets.US_ASCII));
        }
        long units = Math.round(scaled);
        if (units < 0) {
            append((byte) '-');
            units = -units;
        }
        append(units / POW10[decimals]);
        long fraction = units % POW10[decimals];
        if (fraction != 0) {
            int places = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                places--;
            }
            append((byte) '.');
            ensure(places);
            for (int i = places - 1; i >= 0; i--) {
                bytes[length + i] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            length += places;
        }
        return this;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
