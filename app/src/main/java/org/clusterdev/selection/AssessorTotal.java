package org.clusterdev.selection;

/**
 * One assessor's weighted total for a candidate.
 *
 * @param total out of 100
 * @param excluded true when the assessor declared a conflict of interest: shown, not counted
 */
public record AssessorTotal(String assessor, double total, boolean excluded, String conflictNote) {}
