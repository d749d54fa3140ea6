package org.idic.crm.app.backup;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A checksum of the rows of a table in COPY text format (one row a line), written through it: the sum
 * of a 128-bit hash of every row, so the same rows give the same checksum in any order (a restored
 * table need not come back in the order it was dumped).
 */
final class RowChecksum extends OutputStream {

    private final OutputStream out;
    private byte[] line = new byte[8192];
    private int length;
    private long high;
    private long low;
    private long rows;

    RowChecksum(OutputStream out) {
        this.out = out;
    }

    /** Only counts and sums, writes nowhere. */
    static RowChecksum discarding() {
        return new RowChecksum(OutputStream.nullOutputStream());
    }

    @Override
    public void write(int b) throws java.io.IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws java.io.IOException {
        out.write(bytes, offset, count);
        for (int i = offset; i < offset + count; i++) {
            if (bytes[i] == '\n') {
                row();
            } else {
                if (length == line.length) {
                    line = Arrays.copyOf(line, line.length * 2);
                }
                line[length++] = bytes[i];
            }
        }
    }

    private void row() {
        long[] hash = MurmurHash3.hash128x64(line, 0, length, 0);
        high += hash[0];
        low += hash[1];
        rows++;
        length = 0;
    }

    long rows() {
        return rows;
    }

    String checksum() {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    @Override
    public void flush() throws java.io.IOException {
        out.flush();
    }
}
