package org.clusterdev.engine.firms;

import java.util.Locale;
import java.util.Optional;

/** A quantity of a firm that can weigh it in clustering and count towards a definition. */
public enum WeightColumn {
    /** Artisans working for the firm (handicraft clusters). */
    ARTISANS,
    /** Looms (handloom and powerloom clusters). */
    LOOMS,
    /** Families of artisans or beneficiaries (village industry clusters). */
    FAMILIES,
    /** Employment, always present. */
    EMPLOYMENT;

    /** The column name in files: {@code artisans}, {@code looms}, {@code families}, {@code employment}. */
    public String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The weight column of a name, ignoring case and surrounding blanks. */
    public static Optional<WeightColumn> byName(String name) {
        for (WeightColumn column : values()) {
            if (column.columnName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
