package org.clusterdev.engine.io;

import java.nio.charset.StandardCharsets;

/**
 * Decimal numbers read straight from bytes. Plain decimals of up to 15 digits and 22 decimals (all
 * coordinates, amounts and counts in practice) are converted exactly like {@link Double#parseDouble(String)},
 * by one correctly rounded division of two exactly representable numbers; anything else is handed to
 * {@code Double.parseDouble}.
 */
final class Decimals {

    private static final double[] POWERS = new double[23];
    private static final int MAX_EXACT_DIGITS = 15;

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
        int digitsFrom = i;
        for (; i < to; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            mantissa = mantissa * 10 + digit;
        }
        int digits = i - digitsFrom;
        int decimals = 0;
        if (i < to && b[i] == '.') {
            int fractionFrom = ++i;
            for (; i < to; i++) {
                int digit = b[i] - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                mantissa = mantissa * 10 + digit;
            }
            decimals = i - fractionFrom;
            digits += decimals;
        }
        if (i != to || digits > MAX_EXACT_DIGITS || decimals >= POWERS.length) {
            return digits == 0 && i == to ? Double.NaN : slow(b, from, to);
        }
        if (digits == 0) {
            return Double.NaN;
        }
        // both operands exact (at most 15 digits < 2^53, a power of ten up to 10^22): one correct rounding
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
