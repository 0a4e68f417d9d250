package org.clusterdev.monitoring;

import java.time.LocalDate;

/**
 * A quarter of an Indian financial year: {@code year} is the calendar year the financial year starts in (2024
 * for 2024-25), quarter 1 is April to June.
 */
public record ReportingPeriod(int year, int quarter) implements Comparable<ReportingPeriod>, java.io.Serializable {

    /** @throws IllegalArgumentException "year: ..." or "quarter: ..." outside 1990-2100 and 1-4 */
    public ReportingPeriod {
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("year: a reporting year lies between 1990 and 2100, not " + year);
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter: a quarter is 1 to 4, not " + quarter);
        }
    }

    /** The period as stored and compared: {@code year * 10 + quarter}, e.g. 20243. */
    public int code() {
        return year * 10 + quarter;
    }

    /** The period of a stored code. */
    public static ReportingPeriod ofCode(int code) {
        return new ReportingPeriod(code / 10, code % 10);
    }

    /** The quarter a day falls in. */
    public static ReportingPeriod containing(LocalDate day) {
        int month = day.getMonthValue();
        int year = month >= 4 ? day.getYear() : day.getYear() - 1;
        return new ReportingPeriod(year, month >= 4 ? (month - 4) / 3 + 1 : 4);
    }

    /** The quarter before this one. */
    public ReportingPeriod previous() {
        return quarter == 1 ? new ReportingPeriod(year - 1, 4) : new ReportingPeriod(year, quarter - 1);
    }

    /** The quarter after this one. */
    public ReportingPeriod next() {
        return quarter == 4 ? new ReportingPeriod(year + 1, 1) : new ReportingPeriod(year, quarter + 1);
    }

    /** The financial year as written in reports, e.g. {@code 2024-25}. */
    public String financialYear() {
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }

    /** E.g. {@code 2024-25 Q3}. */
    public String label() {
        return financialYear() + " Q" + quarter;
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return Integer.compare(code(), other.code());
    }

    @Override
    public String toString() {
        return label();
    }
}
