package org.clusterdev.programme;

import java.time.Instant;

/**
 * Published when the resource organisation validates an intervention's diagnostic study, after the validation is
 * stored; the knowledge base files the diagnostic report from it. A study rewritten and validated again is
 * published again.
 *
 * @param intervention the intervention whose study was validated
 * @param validatedBy who validated it
 * @param at when
 */
public record DiagnosticStudyValidated(InterventionRef intervention, String validatedBy, Instant at) {}
