package org.idic.crm.app.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary COPY format, gathered in memory (a chunk of customers' rows for one table):
 * PostgreSQL takes them without parsing a single number, date or timestamp, which is most of what a text
 * COPY costs it. Each field must have its column's exact type.
 */
final class CopyRows {

    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
    /** 2000-01-01, PostgreSQL's epoch for dates and timestamps. */
    private static final long EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long EPOCH_SECOND = EPOCH_DAY * 86_400;

    private byte[] bytes;
    private int size;
    private long rows;

    CopyRows(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    /** Starts a row of {@code fields} fields. */
    CopyRows row(int fields) {
        rows++;
        return int16(fields);
    }

    CopyRows int8(long value) {
        return int32(8).int64(value);
    }

    /** An int8, or NULL. */
    CopyRows int8(Long value) {
        return value == null ? nullValue() : int8(value.longValue());
    }

    CopyRows int4(int value) {
        return int32(4).int32(value);
    }

    /** An int4, or NULL. */
    CopyRows int4(Integer value) {
        return value == null ? nullValue() : int4(value.intValue());
    }

    CopyRows bool(boolean value) {
        ensure(5);
        int32(1);
        bytes[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** A bool, or NULL. */
    CopyRows bool(Boolean value) {
        return value == null ? nullValue() : bool(value.booleanValue());
    }

    /** A text or varchar, or NULL. */
    CopyRows text(String value) {
        if (value == null) {
            return nullValue();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return this;
    }

    /** A date, or NULL. */
    CopyRows date(LocalDate value) {
        return value == null ? nullValue() : int32(4).int32((int) (value.toEpochDay() - EPOCH_DAY));
    }

    /** A timestamptz given as seconds since 1970-01-01 UTC. */
    CopyRows timestamptz(long epochSecond) {
        return int32(8).int64((epochSecond - EPOCH_SECOND) * 1_000_000L);
    }

    /** A timestamptz, or NULL. */
    CopyRows timestamptz(Long epochSecond) {
        return epochSecond == null ? nullValue() : timestamptz(epochSecond.longValue());
    }

    /**
     * A numeric with two decimals (an amount of money) given in cents: base-10000 digits, the weight of the
     * first, the sign and the display scale, as PostgreSQL keeps it.
     */
    CopyRows money(long cents) {
        long whole = Math.abs(cents) / 100;
        int fraction = (int) (Math.abs(cents) % 100);
        short[] digits = new short[6];
        int count = 0;
        for (long rest = whole; rest > 0; rest /= 10_000) {
            digits[count++] = (short) (rest % 10_000);
        }
        int weight = count - 1;
        for (int i = 0; i < count / 2; i++) { // most significant first
            short swap = digits[i];
            digits[i] = digits[count - 1 - i];
            digits[count - 1 - i] = swap;
        }
        digits[count++] = (short) (fraction * 100);
        while (count > 0 && digits[count - 1] == 0) {
            count--;
        }
        if (count == 0) {
            weight = 0;
        }
        int32(8 + 2 * count).int16(count).int16(weight).int16(cents < 0 ? 0x4000 : 0).int16(2);
        for (int i = 0; i < count; i++) {
            int16(digits[i]);
        }
        return this;
    }

    /** An amount of money, or NULL. */
    CopyRows money(Long cents) {
        return cents == null ? nullValue() : money(cents.longValue());
    }

    /** A one-dimensional text[] ({} when there are no elements). */
    CopyRows textArray(String[] values) {
        if (values.length == 0) {
            return int32(12).int32(0).int32(0).int32(25); // no dimensions, no nulls, elements of type text
        }
        byte[][] utf8 = new byte[values.length][];
        int length = 20;
        for (int i = 0; i < values.length; i++) {
            utf8[i] = values[i].getBytes(StandardCharsets.UTF_8);
            length += 4 + utf8[i].length;
        }
        int32(length).int32(1).int32(0).int32(25).int32(values.length).int32(1);
        for (byte[] element : utf8) {
            int32(element.length);
            ensure(element.length);
            System.arraycopy(element, 0, bytes, size, element.length);
            size += element.length;
        }
        return this;
    }

    CopyRows nullValue() {
        return int32(-1);
    }

    long rows() {
        return rows;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    private CopyRows int16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
        return this;
    }

    private CopyRows int32(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
        return this;
    }

    private CopyRows int64(long value) {
        return int32((int) (value >>> 32)).int32((int) value);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
