package org.clusterdev.registry;

/**
 * A sign that a registered conglomeration may not be a cluster at all (004 Table 1.3). A warning, not a
 * refusal: the registry keeps the entry and says what looks wrong.
 */
public record NotAClusterWarning(Kind kind, Reason reason) {

    /** The kinds of conglomeration 004 Table 1.3 says are not clusters. */
    public enum Kind {
        /** A sector spread over a whole state: neither a district nor places are given. */
        STATE_WIDE_SECTOR,
        /** An industrial estate, park or town with many unrelated products: NIC codes of several divisions. */
        MULTI_PRODUCT,
        /** A small network of a few firms. */
        SMALL_NETWORK,
        /** A cooperative (by its name or product): cooperation without competition, often part of a cluster. */
        COOPERATIVE
    }
}
