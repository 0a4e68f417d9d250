package org.clusterdev.programme;

/**
 * The chapters of a diagnostic study (issue 5, deliverable 5; the case studies of seed 004 §2.8 follow this
 * outline): what the cluster is, where it came from, what it makes and sells, how, with what and whom, and where
 * it wants to go.
 */
public enum StudySection {
    PROFILE,
    HISTORY,
    PRODUCTS_AND_MARKETS,
    TECHNOLOGY,
    RAW_MATERIALS,
    SKILLS,
    FINANCE,
    INFRASTRUCTURE,
    INSTITUTIONS_AND_LINKAGES,
    STRENGTHS,
    WEAKNESSES,
    OPPORTUNITIES,
    THREATS,
    VISION
}
