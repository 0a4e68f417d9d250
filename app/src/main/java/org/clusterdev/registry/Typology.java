package org.clusterdev.registry;

import java.util.Optional;

/**
 * A kind of cluster (seed 004 Table 1.6): high-tech, traditional manufacturing, micro enterprise with its
 * handloom, handicraft and other micro children, services, agro and food.
 *
 * @param parentCode the broader typology, e.g. MICRO for HANDLOOM
 * @param estimatedClusters how many such clusters the source documents estimate in India, when known
 */
public record Typology(String code, Optional<String> parentCode, String name, Optional<Integer> estimatedClusters) {}
