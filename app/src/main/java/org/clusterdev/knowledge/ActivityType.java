package org.clusterdev.knowledge;

/** The typology of cluster development activities (seed 004 Annex 2.2), used to file documents and practices. */
public enum ActivityType {
    TRUST_BUILDING,
    MARKET_DEVELOPMENT,
    TECHNOLOGY_UPGRADATION,
    CAPACITY_BUILDING,
    BACKWARD_LINKAGES,
    FINANCE,
    SOCIAL_COMPLIANCE,
    INFRASTRUCTURE,
    POLICY_SENSITISATION
}
