package org.clusterdev.registry.transfer;

/**
 * What applying one row would do.
 *
 * @param row the row of the file
 * @param name the cluster or stakeholder the row is about
 * @param place the state, or the cluster and state, it belongs to
 * @param outcome whether it creates, changes or leaves things as they are
 */
public record RowOutcome(int row, String name, String place, Outcome outcome) {

    /** The effect of one row. */
    public enum Outcome {
        NEW,
        UPDATED,
        UNCHANGED
    }
}
