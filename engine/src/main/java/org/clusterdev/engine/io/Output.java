package org.clusterdev.engine.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Output files (gzip-compressed when the name ends in {@code .gz}) and a growable byte line buffer. */
final class Output {

    private byte[] bytes;
    private int size;

    Output(int capacity) {
        bytes = new byte[Math.max(64, capacity)];
    }

    static OutputStream open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    Output ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    Output text(String text) {
        return raw(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A text field, quoted when it holds a comma, a quote or a line break. */
    Output field(String text) {
        return text(CsvText.quote(text));
    }

    Output raw(byte[] source) {
        return raw(source, 0, source.length);
    }

    Output raw(byte[] source, int from, int length) {
        ensure(length);
        System.arraycopy(source, from, bytes, size, length);
        size += length;
        return this;
    }

    /** Bytes already in {@code bytes[from..from+length)} of this buffer, quoted as a CSV field when needed. */
    void quoteInPlace(int from, int length) {
        boolean quote = false;
        for (int i = from; i < from + length && !quote; i++) {
            byte b = bytes[i];
            quote = b == ',' || b == '"' || b == '\n' || b == '\r';
        }
        if (!quote) {
            return;
        }
        byte[] copy = Arrays.copyOfRange(bytes, from, from + length);
        size = from;
        put('"');
        for (byte b : copy) {
            if (b == '"') {
                put('"');
            }
            put(b);
        }
        put('"');
    }

    /** Counts {@code length} bytes written straight into {@link #bytes()} after {@link #ensure(int)}. */
    void skip(int length) {
        size += length;
    }

    Output put(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
        return this;
    }

    Output integer(long value) {
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
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
        return this;
    }

    /** A number without exponent; whole numbers without decimals. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
