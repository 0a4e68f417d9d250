package org.clusterdev.mapping;

/** How sure the field validation is that a candidate is a real cluster. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH
}
