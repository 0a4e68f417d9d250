package org.clusterdev.engine.summary;

import java.util.Optional;
import org.clusterdev.engine.firms.WeightColumn;

/** What a cluster definition counts. */
public enum CountingUnit {
    /** Firms (enterprises, units). */
    FIRMS("units"),
    /** Artisans (a weight column). */
    ARTISANS("artisans"),
    /** Looms (a weight column). */
    LOOMS("looms"),
    /** Families of artisans or beneficiaries (a weight column). */
    FAMILIES("families"),
    /** Persons employed. */
    EMPLOYMENT("persons employed");

    private final String words;

    CountingUnit(String words) {
        this.words = words;
    }

    /** The unit in words, plural: "units", "looms", ... */
    public String words() {
        return words;
    }

    /** The weight column counted, none for firms. */
    public Optional<WeightColumn> column() {
        return switch (this) {
            case FIRMS -> Optional.empty();
            case ARTISANS -> Optional.of(WeightColumn.ARTISANS);
            case LOOMS -> Optional.of(WeightColumn.LOOMS);
            case FAMILIES -> Optional.of(WeightColumn.FAMILIES);
            case EMPLOYMENT -> Optional.of(WeightColumn.EMPLOYMENT);
        };
    }
}
