package org.clusterdev.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The JSON documents of OGC API - Features Part 1 (Core) that the registry serves under {@code /ogc}. */
final class OgcDocuments {

    /** CRS84: WGS 84 with longitude first, the only coordinate reference system the service offers. */
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private OgcDocuments() {}

    /** The landing page: what the service is and where its parts are. */
    @Schema(name = "OgcLandingPage")
    record LandingPage(String title, String description, List<OgcLink> links) {}

    /** The conformance classes the service implements. */
    @Schema(name = "OgcConformance")
    record Conformance(List<String> conformsTo) {}

    /** The collections the service offers. */
    @Schema(name = "OgcCollections")
    record Collections(List<OgcLink> links, List<Collection> collections) {}

    /**
     * One collection of features.
     *
     * @param id the name to use in {@code /collections/{collectionId}}
     * @param itemType always {@code feature}
     * @param crs the coordinate reference systems features can be had in
     */
    @Schema(name = "OgcCollection")
    record Collection(
            String id,
            String title,
            String description,
            Extent extent,
            String itemType,
            List<String> crs,
            List<OgcLink> links) {}

    /** Where a collection's features lie. */
    @Schema(name = "OgcExtent")
    record Extent(SpatialExtent spatial) {}

    /**
     * A bounding box.
     *
     * @param bbox one box: minimum longitude, minimum latitude, maximum longitude, maximum latitude
     * @param crs the reference system of the box, CRS84
     */
    @Schema(name = "OgcSpatialExtent")
    record SpatialExtent(List<List<Double>> bbox, String crs) {}

    /**
     * One page of a collection's features.
     *
     * @param type always {@code FeatureCollection}
     * @param numberMatched how many features the request matches on all pages
     * @param numberReturned how many features this page holds
     * @param timeStamp when the page was made, ISO 8601 in UTC
     * @param links this page and, where they exist, the next and previous pages
     */
    @Schema(name = "OgcFeatureCollection")
    record FeatureCollection(
            String type,
            List<ClusterFeature> features,
            long numberMatched,
            int numberReturned,
            String timeStamp,
            List<OgcLink> links) {}
}
