package org.clusterdev.monitoring;

/**
 * What a finding or lesson of an evaluation is about: the activity typology of seed 004 Annex 2.2, and the
 * programme's management as a whole ({@link #PROGRAMME_MANAGEMENT}), which a lesson published as a best practice
 * cannot name.
 */
public enum EvaluationTheme {
    TRUST_BUILDING,
    MARKET_DEVELOPMENT,
    TECHNOLOGY_UPGRADATION,
    CAPACITY_BUILDING,
    BACKWARD_LINKAGES,
    FINANCE,
    SOCIAL_COMPLIANCE,
    INFRASTRUCTURE,
    POLICY_SENSITISATION,
    PROGRAMME_MANAGEMENT
}
