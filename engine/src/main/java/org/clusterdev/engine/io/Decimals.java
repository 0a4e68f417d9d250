package org.clusterdev.engine.io;

import java.nio.charset.StandardCharsets;

/**
 * Decimal numbers read straight from bytes. Plain decimals of up to 15 significant digits and 22 decimals (all
 * coordinates, amounts and counts in practice) are converted exactly like {@link Double#parseDouble(String)},
 * by one correctly rounded division of two exactly representable numbers; anything else is handed to
 * {@code Double.parseDouble}.
 */
final class Decimals {

    private static final double[] POWERS = new double[23];
    private static final long EXACT_LIMIT = 1L << 53;

    static {
        double power = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = power;
            power *= 10;
        }
    }

    private Decimals() {}

    /** The number in {@code [from, to)}, or NaN when it is not a number. */
    static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int decimals = 0;
        boolean dot = false;
        boolean digits = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                if (mantissa >= EXACT_LIMIT) {
                    return slow(b, from, to);
                }
                mantissa = mantissa * 10 + (c - '0');
                digits = true;
                if (dot) {
                    decimals++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slow(b, from, to);
            }
        }
        if (!digits) {
            return Double.NaN;
        }
        if (mantissa >= EXACT_LIMIT || decimals >= POWERS.length) {
            return slow(b, from, to);
        }
        double value = decimals == 0 ? mantissa : mantissa / POWERS[decimals];
        return negative ? -value : value;
    }

    private static double slow(byte[] b, int from, int to) {
        try {
            return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The non-negative integer of at most 9 digits in {@code [from, to)}, or -1. */
    static int parseDigits(byte[] b, int from, int to) {
        if (to == from || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            value = value * 10 + c;
        }
        return value;
    }
}
