package org.clusterdev.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, money and dates the way Indian readers expect them: digits grouped as 12,34,56,789, amounts in
 * lakh (1,00,000) and crore (1,00,00,000) rupees, dates as 23 Nov 2026 in the reader's language. Templates
 * use it as {@code ${@formats.rupees(value)}}.
 */
@Component("formats")
public class IndianFormats {

    private static final long LAKH = 100_000L;
    private static final long CRORE = 10_000_000L;
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final MessageSource messages;

    public IndianFormats(MessageSource messages) {
        this.messages = messages;
    }

    /** Groups digits the Indian way: 1234567 becomes "12,34,567"; null becomes an empty string. */
    public String number(Long value) {
        if (value == null) {
            return "";
        }
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            grouped.append(digits.charAt(i));
            int remaining = length - i - 1;
            if (remaining > 0 && (remaining == 3 || (remaining > 3 && (remaining - 3) % 2 == 0))) {
                grouped.append(',');
            }
        }
        return (value < 0 ? "-" : "") + grouped;
    }

    /** Same as {@link #number(Long)} for an int. */
    public String number(Integer value) {
        return value == null ? "" : number(value.longValue());
    }

    /**
     * An amount of rupees in the largest unit that keeps it readable: "₹ 45,000", "₹ 12.5 lakh",
     * "₹ 1,250 crore". Up to two decimals, trailing zeros dropped; the unit word follows the reader's language.
     */
    public String rupees(Long rupees) {
        if (rupees == null) {
            return "";
        }
        long magnitude = Math.abs(rupees);
        String sign = rupees < 0 ? "-" : "";
        if (magnitude < LAKH) {
            return "₹ " + sign + number(magnitude);
        }
        boolean crore = magnitude >= CRORE;
        BigDecimal amount = BigDecimal.valueOf(magnitude)
                .divide(BigDecimal.valueOf(crore ? CRORE : LAKH), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String unit = messages.getMessage(crore ? "unit.crore" : "unit.lakh", null, locale());
        return "₹ " + sign + decimal(amount) + " " + unit;
    }

    /** A date as "23 Nov 2026" (in Hindi, with the Hindi month name). */
    public String date(TemporalAccessor date) {
        if (date == null) {
            return "";
        }
        TemporalAccessor local = date instanceof java.time.Instant instant ? instant.atZone(INDIA) : date;
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale()).format(local);
    }

    /** A moment as "23 Nov 2026, 14:05" in Indian Standard Time. */
    public String dateTime(java.time.Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale()).format(instant.atZone(INDIA));
    }

    /** Today in India, for templates that show the reporting date. */
    public LocalDate today() {
        return LocalDate.now(INDIA);
    }

    private String decimal(BigDecimal amount) {
        BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
        BigDecimal fraction = amount.subtract(whole);
        String fractionDigits =
                fraction.signum() == 0 ? "" : fraction.toPlainString().substring(1);
        return number(whole.longValueExact()) + fractionDigits;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
