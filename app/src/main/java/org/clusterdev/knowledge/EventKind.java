package org.clusterdev.knowledge;

/** The kinds of events the calendar lists (issue 7: workshops, fairs, study tours). */
public enum EventKind {
    WORKSHOP,
    FAIR,
    STUDY_TOUR,
    TRAINING,
    MEETING,
    OTHER
}
