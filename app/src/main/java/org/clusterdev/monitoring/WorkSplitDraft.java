package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.clusterdev.monitoring.effects.Texts;

/**
 * An association's work split as entered: either the two shares in percent (each 0 to 100, together 100) or the
 * hours of each kind of work, from which the shares follow. Refuses bad input as "field: reason".
 *
 * @param year the financial year by the calendar year it starts in, not after the current one
 */
public record WorkSplitDraft(
        long actorId,
        int year,
        Optional<BigDecimal> developmentalShare,
        Optional<BigDecimal> lobbyingShare,
        Optional<BigDecimal> developmentalHours,
        Optional<BigDecimal> lobbyingHours,
        Optional<String> note) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public WorkSplitDraft {
        int current = ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")))
                .year();
        if (year < 1990 || year > current) {
            throw new IllegalArgumentException("year: a financial year from 1990 to " + current);
        }
        developmentalShare = orEmpty(developmentalShare);
        lobbyingShare = orEmpty(lobbyingShare);
        developmentalHours = orEmpty(developmentalHours);
        lobbyingHours = orEmpty(lobbyingHours);
        boolean shares = developmentalShare.isPresent() || lobbyingShare.isPresent();
        boolean hours = developmentalHours.isPresent() || lobbyingHours.isPresent();
        if (shares == hours) {
            throw new IllegalArgumentException(
                    "developmentalShare: give either the two shares in percent or the two numbers of hours");
        }
        if (shares) {
            checkShares(developmentalShare, lobbyingShare);
        } else {
            checkHours(developmentalHours, lobbyingHours);
        }
        note = Texts.optional("note", note == null ? Optional.empty() : note, 2000);
    }

    /** The developmental share in percent, from the shares or the hours, to two decimals. */
    public BigDecimal developmental() {
        if (developmentalShare.isPresent()) {
            return developmentalShare.get().setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal all = developmentalHours.orElseThrow().add(lobbyingHours.orElseThrow());
        return developmentalHours.get().multiply(HUNDRED).divide(all, 2, RoundingMode.HALF_UP);
    }

    /** The lobbying share in percent: what the developmental share leaves of 100. */
    public BigDecimal lobbying() {
        return HUNDRED.subtract(developmental());
    }

    private static void checkShares(Optional<BigDecimal> developmental, Optional<BigDecimal> lobbying) {
        BigDecimal dev = developmental.orElseThrow(
                () -> new IllegalArgumentException("developmentalShare: both shares are needed"));
        BigDecimal lob =
                lobbying.orElseThrow(() -> new IllegalArgumentException("lobbyingShare: both shares are needed"));
        percent("developmentalShare", dev);
        percent("lobbyingShare", lob);
        if (dev.add(lob).compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("lobbyingShare: the shares add up to "
                    + dev.add(lob).stripTrailingZeros().toPlainString() + ", not 100");
        }
    }

    private static void percent(String field, BigDecimal share) {
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(field + ": a percentage from 0 to 100");
        }
        if (share.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + ": at most two decimals");
        }
    }

    private static void checkHours(Optional<BigDecimal> developmental, Optional<BigDecimal> lobbying) {
        BigDecimal dev = developmental.orElseThrow(
                () -> new IllegalArgumentException("developmentalHours: both numbers of hours are needed"));
        BigDecimal lob = lobbying.orElseThrow(
                () -> new IllegalArgumentException("lobbyingHours: both numbers of hours are needed"));
        if (dev.signum() < 0) {
            throw new IllegalArgumentException("developmentalHours: zero or more");
        }
        if (lob.signum() < 0) {
            throw new IllegalArgumentException("lobbyingHours: zero or more");
        }
        if (dev.add(lob).signum() == 0) {
            throw new IllegalArgumentException("developmentalHours: the hours add up to nothing");
        }
    }

    private static Optional<BigDecimal> orEmpty(Optional<BigDecimal> value) {
        return value == null ? Optional.empty() : value;
    }
}
