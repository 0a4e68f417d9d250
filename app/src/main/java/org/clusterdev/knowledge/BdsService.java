package org.clusterdev.knowledge;

/**
 * Services a listing offers: the five key areas of seed 004 §4.5 item 21 (international marketing, technology,
 * financial services, design, management) and the others providers name (§1.3: quality, environment, energy).
 */
public enum BdsService {
    INTERNATIONAL_MARKETING,
    TECHNOLOGY,
    FINANCIAL_SERVICES,
    DESIGN,
    MANAGEMENT,
    QUALITY,
    ENVIRONMENT,
    ENERGY,
    RAW_MATERIAL,
    MACHINERY,
    OTHER
}
