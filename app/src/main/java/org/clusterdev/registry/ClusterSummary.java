package org.clusterdev.registry;

/**
 * A cluster as lists and maps show it, with its latest key figures (null where unknown).
 *
 * @param stateCode the LGD code of its state; the geography module knows the name
 * @param figuresYear the year the figures refer to, null when the cluster has none
 */
public record ClusterSummary(
        long id,
        String name,
        String product,
        String typologyCode,
        String typologyName,
        int stateCode,
        String districtName,
        double latitude,
        double longitude,
        String status,
        Integer figuresYear,
        Integer enterprises,
        Integer artisans,
        Integer employment,
        Long turnoverRupees,
        Long exportsRupees) {}
