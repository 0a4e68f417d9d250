package org.clusterdev.engine.firms;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Distinct text values numbered in order of first appearance: each value is stored once, firms keep its number.
 * Values are looked up straight from bytes (UTF-8), without making a {@code String} per row. Not thread-safe:
 * one per block of rows, merged afterwards by {@link #indexOf(String)}.
 */
public final class Dictionary {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final List<String> values = new ArrayList<>();
    private byte[][] bytes = new byte[16][];
    private int[] table = new int[64];
    private int[] hashes = new int[16];

    /** The number of a value given as bytes {@code [from, to)}, added if new. */
    public int indexOf(byte[] source, int from, int to) {
        return lookup(source, from, to);
    }

    private int lookup(byte[] source, int from, int to) {
        int h = hash(source, from, to);
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                byte[] copy = Arrays.copyOfRange(source, from, to);
                if (values.size() == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                    hashes = Arrays.copyOf(hashes, hashes.length * 2);
                }
                bytes[values.size()] = copy;
                hashes[values.size()] = h;
                values.add(new String(copy, StandardCharsets.UTF_8));
                table[slot] = values.size();
                if (values.size() * 2 > table.length) {
                    rehash();
                }
                return values.size() - 1;
            }
            byte[] candidate = bytes[entry - 1];
            // the full hash first: most probes past other values end there, without comparing bytes
            if (hashes[entry - 1] == h
                    && candidate.length == to - from
                    && Arrays.equals(candidate, 0, candidate.length, source, from, to)) {
                return entry - 1;
            }
        }
    }

    /** The number of a value, added if new. */
    public int indexOf(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return indexOf(utf8, 0, utf8.length);
    }

    /** The value of a number. */
    public String value(int index) {
        return values.get(index);
    }

    /** The number of distinct values. */
    public int size() {
        return values.size();
    }

    /** The values, by number. */
    public List<String> values() {
        return List.copyOf(values);
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int i = 0; i < values.size(); i++) {
            int slot = hashes[i] & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = i + 1;
        }
        table = bigger;
    }

    /** A hash of the bytes, eight at a time. */
    static int hash(byte[] source, int from, int to) {
        long h = 0x9E3779B97F4A7C15L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONGS.get(source, i)) * 0xFF51AFD7ED558CCDL;
            h ^= h >>> 32;
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            tail |= (source[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 29));
    }
}
