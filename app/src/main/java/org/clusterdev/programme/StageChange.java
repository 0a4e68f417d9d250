package org.clusterdev.programme;

import java.time.Instant;
import java.util.Optional;

/**
 * One stage an intervention entered: the history of its lifecycle.
 *
 * @param from the stage it left, absent when it was proposed
 * @param to the stage it entered
 * @param actor who moved it
 * @param note why, as the actor wrote it (the reason, when it was closed early)
 * @param at when
 */
public record StageChange(Optional<Stage> from, Stage to, String actor, Optional<String> note, Instant at) {}
