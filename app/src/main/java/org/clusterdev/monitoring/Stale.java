package org.clusterdev.monitoring;

/** The refusal of an edit made from a form that someone else's change has overtaken. */
final class Stale {

    private Stale() {}

    static IllegalStateException since() {
        return new IllegalStateException(
                "version: someone else changed this record since you opened it; reload to see their change");
    }
}
