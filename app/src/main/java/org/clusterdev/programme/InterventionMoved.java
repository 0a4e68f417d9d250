package org.clusterdev.programme;

import java.time.Instant;

/**
 * Published when an intervention enters a stage, after the change is stored; listeners in other modules learn
 * of it through the persisted event registry, so nothing is lost on a crash.
 */
public record InterventionMoved(InterventionRef intervention, Stage from, Stage to, String actor, Instant at) {}
