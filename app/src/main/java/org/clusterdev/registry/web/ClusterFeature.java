package org.clusterdev.registry.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.clusterdev.registry.ClusterSummary;

/**
 * One cluster as a GeoJSON (RFC 7946) Feature: a point in WGS 84 longitude/latitude with the cluster's summary
 * as properties. The API's GeoJSON download and the OGC collection publish the same shape.
 *
 * @param type always {@code Feature}
 * @param id the cluster's id
 * @param geometry the cluster's centre
 * @param properties the cluster's summary
 * @param links links to this feature and its collection, only where OGC API - Features asks for them
 */
record ClusterFeature(
        String type,
        long id,
        Point geometry,
        Properties properties,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<OgcLink> links) {

    static ClusterFeature of(ClusterSummary cluster) {
        return new ClusterFeature(
                "Feature",
                cluster.id(),
                new Point("Point", List.of(cluster.longitude(), cluster.latitude())),
                new Properties(
                        cluster.id(),
                        cluster.name(),
                        cluster.product(),
                        cluster.typologyCode(),
                        cluster.typologyName(),
                        cluster.stateCode(),
                        cluster.districtName(),
                        cluster.status(),
                        cluster.figuresYear(),
                        cluster.enterprises(),
                        cluster.artisans(),
                        cluster.employment(),
                        cluster.turnoverRupees(),
                        cluster.exportsRupees()),
                List.of());
    }

    ClusterFeature withLinks(List<OgcLink> links) {
        return new ClusterFeature(type, id, geometry, properties, links);
    }

    /**
     * A GeoJSON point.
     *
     * @param type always {@code Point}
     * @param coordinates longitude then latitude, in degrees
     */
    @Schema(name = "GeoJsonPoint")
    record Point(String type, List<Double> coordinates) {}

    /**
     * What a feature says about its cluster; figures are the latest year's and null where unknown.
     *
     * @param typology the typology code, e.g. {@code HANDLOOM}
     * @param stateCode the LGD code of the state
     * @param figuresYear the year of the figures
     * @param turnoverRupees annual turnover in whole rupees
     * @param exportsRupees annual exports in whole rupees
     */
    @Schema(name = "ClusterFeatureProperties")
    record Properties(
            long id,
            String name,
            String product,
            String typology,
            String typologyName,
            int stateCode,
            String districtName,
            String status,
            Integer figuresYear,
            Integer enterprises,
            Integer artisans,
            Integer employment,
            Long turnoverRupees,
            Long exportsRupees) {}
}
