package org.clusterdev.selection;

/** The chair's decision on a candidate, always with a reason. */
public enum Decision {
    SELECTED,
    NOT_SELECTED
}
