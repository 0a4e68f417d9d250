package org.clusterdev.registry;

import java.util.List;
import java.util.Objects;

/**
 * One translatable sentence of an explanation, such as "63 looms, needs 500": a message key of the
 * {@code i18n/definitions} bundle and the arguments that fill it. Keeping the key and the raw arguments,
 * rather than a finished sentence, lets pages show it in the reader's language and lets programs read the
 * numbers.
 *
 * @param key the message key, e.g. {@code definitions.reason.below}
 * @param args the arguments in order: numbers, plain text, a {@link Key} (another message, e.g. a unit or
 *     region name) or {@link Rupees} (an amount shown in lakh and crore); never null
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A reason with the given key and arguments. */
    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }

    /**
     * An argument that is itself a message, shown in the reader's language.
     *
     * @param key its message key, e.g. {@code definitions.unit.LOOMS}
     */
    public record Key(String key) {

        public Key {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * An amount of money, shown in lakh and crore rupees.
     *
     * @param rupees whole rupees
     */
    public record Rupees(long rupees) {}
}
