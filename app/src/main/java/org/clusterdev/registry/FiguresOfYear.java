package org.clusterdev.registry;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A cluster's key figures for one year; each is optional because sources rarely give them all. Money in
 * whole rupees. Refuses negative counts and shares outside 0-100 as "field: reason".
 */
public record FiguresOfYear(
        int year,
        Optional<Integer> enterprises,
        Optional<Integer> micro,
        Optional<Integer> small,
        Optional<Integer> medium,
        Optional<Integer> artisans,
        Optional<Integer> looms,
        Optional<Integer> families,
        Optional<Integer> employment,
        Optional<Long> turnoverRupees,
        Optional<Long> exportsRupees,
        Optional<BigDecimal> minorityShare,
        Optional<BigDecimal> scStShare) {

    public FiguresOfYear {
        if (year < 1950 || year > 2100) {
            throw new IllegalArgumentException("year: must be between 1950 and 2100");
        }
        notNegative(enterprises, "enterprises");
        notNegative(micro, "micro");
        notNegative(small, "small");
        notNegative(medium, "medium");
        notNegative(artisans, "artisans");
        notNegative(looms, "looms");
        notNegative(families, "families");
        notNegative(employment, "employment");
        notNegative(turnoverRupees, "turnoverRupees");
        notNegative(exportsRupees, "exportsRupees");
        share(minorityShare, "minorityShare");
        share(scStShare, "scStShare");
        int bySize = micro.orElse(0) + small.orElse(0) + medium.orElse(0);
        if (enterprises.isPresent() && bySize > enterprises.get()) {
            throw new IllegalArgumentException(
                    "enterprises: micro, small and medium add up to " + bySize + ", more than " + enterprises.get());
        }
    }

    private static void notNegative(Optional<? extends Number> value, String field) {
        if (value.isPresent() && value.get().longValue() < 0) {
            throw new IllegalArgumentException(field + ": must not be negative");
        }
    }

    private static void share(Optional<BigDecimal> value, String field) {
        if (value.isPresent() && (value.get().signum() < 0 || value.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException(field + ": a share is a percentage from 0 to 100");
        }
    }
}
