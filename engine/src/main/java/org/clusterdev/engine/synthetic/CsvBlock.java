package org.clusterdev.engine.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** Rows of generated CSV as bytes; the values generated never need quoting. */
final class CsvBlock {

    private byte[] bytes;
    private int size;

    CsvBlock(int capacity) {
        bytes = new byte[capacity];
    }

    CsvBlock comma() {
        return put(',');
    }

    CsvBlock newline() {
        return put('\n');
    }

    CsvBlock text(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** A count, left empty when zero. */
    CsvBlock optional(int value) {
        return value == 0 ? this : number(value);
    }

    CsvBlock number(long value) {
        ensure(20);
        if (value < 0) {
            bytes[size++] = '-';
            value = -value;
        }
        int start = size;
        do {
            bytes[size++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        reverse(start, size - 1);
        return this;
    }

    /** A value given in hundred-thousandths, written with five decimals. */
    CsvBlock decimal5(long value) {
        if (value < 0) {
            put('-');
            value = -value;
        }
        number(value / 100000);
        put('.');
        long fraction = value % 100000;
        for (long unit = 10000; unit > 0; unit /= 10) {
            put((int) ('0' + fraction / unit % 10));
        }
        return this;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private CsvBlock put(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
        return this;
    }

    private void reverse(int i, int j) {
        for (; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }
}
