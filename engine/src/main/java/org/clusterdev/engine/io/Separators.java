package org.clusterdev.engine.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the next comma or line feed eight bytes at a time (SWAR: a byte equal to the pattern becomes a zero byte,
 * and {@code (x - 0x01..) & ~x & 0x80..} flags the lowest zero byte exactly).
 */
final class Separators {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long COMMAS = ONES * ',';
    private static final long LINE_FEEDS = ONES * '\n';

    private Separators() {}

    /** The index of the first ',' or '\n' in {@code [from, to)}, or {@code to}. */
    static int next(byte[] b, int from, int to) {
        int i = from;
        while (i + 8 <= to) {
            long word = (long) LONGS.get(b, i);
            long comma = word ^ COMMAS;
            long feed = word ^ LINE_FEEDS;
            long found = ((comma - ONES) & ~comma | (feed - ONES) & ~feed) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            i += 8;
        }
        while (i < to && b[i] != ',' && b[i] != '\n') {
            i++;
        }
        return i;
    }
}
