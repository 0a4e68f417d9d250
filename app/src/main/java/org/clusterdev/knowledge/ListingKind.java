package org.clusterdev.knowledge;

/** What a directory lists (seed 004 §4.5 item 19). */
public enum ListingKind {
    /** A business development service provider. */
    BDS_PROVIDER,
    /** A raw-material or machinery supplier. */
    SUPPLIER,
    /** A technical or financial institution. */
    INSTITUTION,
    /** A product or process standard. */
    STANDARD
}
