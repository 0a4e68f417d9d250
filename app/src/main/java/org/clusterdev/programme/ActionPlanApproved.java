package org.clusterdev.programme;

import java.time.Instant;

/**
 * Published when a version of an intervention's action plan is approved, after the approval is stored; the
 * knowledge base files the plan in force from it. Each approved revision is published again.
 *
 * @param intervention the intervention whose plan was approved
 * @param version the number of the version approved
 * @param approvedBy who approved it
 * @param at when
 */
public record ActionPlanApproved(InterventionRef intervention, int version, String approvedBy, Instant at) {}
