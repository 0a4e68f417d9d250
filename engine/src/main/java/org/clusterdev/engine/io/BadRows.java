package org.clusterdev.engine.io;

/** What a reader does with rows it cannot use. Either way, every such row is reported. */
public enum BadRows {
    /** Read everything, report every bad row, then refuse the whole file if there was any. */
    REFUSE,
    /** Leave bad rows out, report each of them, and go on with the others. */
    SKIP
}
