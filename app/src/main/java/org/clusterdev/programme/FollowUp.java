package org.clusterdev.programme;

import java.time.LocalDate;

/**
 * A visit after hand-over: is the cluster carrying on by itself?
 *
 * @param status {@code ON_TRACK}, {@code AT_RISK} or {@code LAPSED}
 */
public record FollowUp(
        long id, long interventionId, LocalDate visitedOn, String status, String note, String recordedBy) {}
