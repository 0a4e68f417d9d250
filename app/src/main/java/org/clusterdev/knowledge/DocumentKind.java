package org.clusterdev.knowledge;

/** What a document is, as programmes file them (seed 004 §4.5 item 19; issue 7). */
public enum DocumentKind {
    DIAGNOSTIC_REPORT,
    ACTION_PLAN,
    CASE_STUDY,
    EVALUATION,
    POLICY,
    TRAINING_MATERIAL,
    OTHER
}
