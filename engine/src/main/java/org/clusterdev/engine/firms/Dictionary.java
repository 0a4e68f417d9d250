package org.clusterdev.engine.firms;

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

    private final List<String> values = new ArrayList<>();
    private final List<byte[]> bytes = new ArrayList<>();
    private int[] table = new int[64];

    /** The number of a value given as bytes {@code [from, to)}, added if new. */
    public int indexOf(byte[] source, int from, int to) {
        int h = hash(source, from, to);
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                byte[] copy = Arrays.copyOfRange(source, from, to);
                bytes.add(copy);
                values.add(new String(copy, StandardCharsets.UTF_8));
                table[slot] = values.size();
                if (values.size() * 2 > table.length) {
                    rehash();
                }
                return values.size() - 1;
            }
            if (Arrays.equals(bytes.get(entry - 1), 0, bytes.get(entry - 1).length, source, from, to)) {
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
        for (int i = 0; i < bytes.size(); i++) {
            byte[] value = bytes.get(i);
            int slot = hash(value, 0, value.length) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = i + 1;
        }
        table = bigger;
    }

    private static int hash(byte[] source, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) {
            h = (h ^ source[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
