package org.clusterdev.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.clusterdev.registry.web.OgcDocuments.Collection;
import org.clusterdev.registry.web.OgcDocuments.Collections;
import org.clusterdev.registry.web.OgcDocuments.Conformance;
import org.clusterdev.registry.web.OgcDocuments.Extent;
import org.clusterdev.registry.web.OgcDocuments.FeatureCollection;
import org.clusterdev.registry.web.OgcDocuments.LandingPage;
import org.clusterdev.registry.web.OgcDocuments.SpatialExtent;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The registry's clusters as an OGC API - Features service (Part 1 Core, GeoJSON encoding), which GDAL's
 * OAPIF driver and QGIS read directly: a landing page, the conformance declaration, one collection
 * {@code clusters} and its items. The items take the directory's filters as extra query parameters.
 */
@RestController
@RequestMapping(value = "/ogc", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "OGC API - Features", description = "The clusters as an OGC API - Features collection, for GIS tools")
class OgcFeaturesApi {

    static final String GEOJSON = "application/geo+json";
    /** springdoc writes OpenAPI 3.1, so the service does not claim the OGC conformance class for OpenAPI 3.0. */
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.1";

    static final String COLLECTION = "clusters";

    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");

    /** India's extent including its islands and the whole of Jammu and Kashmir and Ladakh, in CRS84. */
    static final List<Double> INDIA = List.of(68.1, 6.7, 97.4, 37.1);

    private final ClusterRegistry registry;
    private final MessageSource messages;

    OgcFeaturesApi(ClusterRegistry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The landing page of the OGC API - Features service")
    LandingPage landingPage(@Parameter(description = "Format: json") @RequestParam(required = false) String f) {
        jsonOnly(f);
        return new LandingPage(
                text("opendata.ogc.title"),
                text("opendata.ogc.description"),
                List.of(
                        link("/ogc", "self", MediaType.APPLICATION_JSON_VALUE, "opendata.ogc.link.self"),
                        link("/v3/api-docs", "service-desc", OPENAPI, "opendata.ogc.link.serviceDesc"),
                        link("/api", "service-doc", MediaType.TEXT_HTML_VALUE, "opendata.ogc.link.serviceDoc"),
                        link(
                                "/ogc/conformance",
                                "conformance",
                                MediaType.APPLICATION_JSON_VALUE,
                                "opendata.ogc.link.conformance"),
                        link("/ogc/collections", "data", MediaType.APPLICATION_JSON_VALUE, "opendata.ogc.link.data")));
    }

    @GetMapping("/conformance")
    @Operation(summary = "The conformance classes the service implements")
    Conformance conformance(@Parameter(description = "Format: json") @RequestParam(required = false) String f) {
        jsonOnly(f);
        return new Conformance(CONFORMANCE);
    }

    @GetMapping("/collections")
    @Operation(summary = "The feature collections: one, the clusters")
    Collections collections(@Parameter(description = "Format: json") @RequestParam(required = false) String f) {
        jsonOnly(f);
        return new Collections(
                List.of(link("/ogc/collections", "self", MediaType.APPLICATION_JSON_VALUE, "opendata.ogc.link.self")),
                List.of(clusters()));
    }

    @GetMapping("/collections/{collectionId}")
    @Operation(summary = "The clusters collection: its extent (India), reference system (CRS84) and links")
    Collection collection(
            @Parameter(description = "The collection: clusters") @PathVariable String collectionId,
            @Parameter(description = "Format: json") @RequestParam(required = false) String f) {
        jsonOnly(f);
        known(collectionId);
        return clusters();
    }

    @GetMapping(
            value = "/collections/{collectionId}/items",
            produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Clusters as GeoJSON features, one page at a time, by name",
            description = "Filters: bbox and the directory filters (q, state, district, typology, nic, status,"
                    + " minEnterprises, maxEnterprises), combined with AND. Unknown parameters are refused with 400.")
    FeatureCollection items(
            @Parameter(description = "The collection: clusters") @PathVariable String collectionId,
            @Parameter(description = "minLon,minLat,maxLon,maxLat in degrees (CRS84): only clusters in this box")
                    @RequestParam(required = false)
                    String bbox,
            @Parameter(
                            description = "At most this many features",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "10000", defaultValue = "100"))
                    @RequestParam(defaultValue = "100")
                    int limit,
            @Parameter(
                            description = "Skip this many features",
                            schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
                    @RequestParam(defaultValue = "0")
                    int offset,
            @Parameter(description = "Accepted for OGC clients; clusters have no time, so it does not restrict")
                    @RequestParam(required = false)
                    String datetime,
            @Parameter(description = "Format: json or geojson") @RequestParam(required = false) String f,
            @ParameterObject SearchParameters filters,
            HttpServletRequest request) {
        jsonOnly(f);
        known(collectionId);
        FeatureQuery.refuseUnknown(request.getParameterMap().keySet());
        FeatureQuery query = FeatureQuery.of(filters, bbox, limit, offset);
        ClusterRegistry.SearchPage found = registry.find(query.search(), query.offset(), query.limit());
        long matched = found.total();
        List<ClusterFeature> features =
                found.items().stream().map(ClusterFeature::of).toList();
        return new FeatureCollection(
                "FeatureCollection",
                features,
                matched,
                features.size(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                pageLinks(query, matched));
    }

    @GetMapping(
            value = "/collections/{collectionId}/items/{featureId}",
            produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One cluster as a GeoJSON feature")
    ClusterFeature item(
            @Parameter(description = "The collection: clusters") @PathVariable String collectionId,
            @Parameter(description = "The cluster's id") @PathVariable String featureId,
            @Parameter(description = "Format: json or geojson") @RequestParam(required = false) String f) {
        jsonOnly(f);
        known(collectionId);
        ClusterSummary cluster = cluster(featureId);
        String items = "/ogc/collections/" + COLLECTION + "/items";
        return ClusterFeature.of(cluster)
                .withLinks(List.of(
                        link(items + "/" + cluster.id(), "self", GEOJSON, "opendata.ogc.link.feature"),
                        link(
                                "/ogc/collections/" + COLLECTION,
                                "collection",
                                MediaType.APPLICATION_JSON_VALUE,
                                "opendata.ogc.link.collection")));
    }

    private ClusterSummary cluster(String featureId) {
        Optional<ClusterSummary> cluster =
                featureId.matches("[0-9]{1,18}") ? registry.summary(Long.parseLong(featureId)) : Optional.empty();
        return cluster.orElseThrow(() -> new NoSuchElementException("featureId: no cluster has the id " + featureId));
    }

    private Collection clusters() {
        String path = "/ogc/collections/" + COLLECTION;
        return new Collection(
                COLLECTION,
                text("opendata.collection.clusters.title"),
                text("opendata.collection.clusters.description"),
                new Extent(new SpatialExtent(List.of(INDIA), OgcDocuments.CRS84)),
                "feature",
                List.of(OgcDocuments.CRS84),
                List.of(
                        link(path, "self", MediaType.APPLICATION_JSON_VALUE, "opendata.ogc.link.collection"),
                        link(path + "/items", "items", GEOJSON, "opendata.ogc.link.items")));
    }

    private List<OgcLink> pageLinks(FeatureQuery query, long matched) {
        List<OgcLink> links = new ArrayList<>();
        links.add(new OgcLink(
                ServletUriComponentsBuilder.fromCurrentRequest().toUriString(),
                "self",
                GEOJSON,
                text("opendata.ogc.link.self")));
        if (query.offset() + (long) query.limit() < matched) {
            links.add(page(query.offset() + query.limit(), query.limit(), "next", "opendata.ogc.link.next"));
        }
        if (query.offset() > 0) {
            links.add(
                    page(Math.max(0, query.offset() - query.limit()), query.limit(), "prev", "opendata.ogc.link.prev"));
        }
        return links;
    }

    private OgcLink page(int offset, int limit, String rel, String title) {
        String href = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit)
                .toUriString();
        return new OgcLink(href, rel, GEOJSON, text(title));
    }

    private OgcLink link(String path, String rel, String type, String title) {
        String href =
                ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
        return new OgcLink(href, rel, type, text(title));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static void known(String collectionId) {
        if (!COLLECTION.equals(collectionId)) {
            throw new NoSuchElementException("collectionId: there is no collection '" + collectionId
                    + "'; the service offers '" + COLLECTION + "'");
        }
    }

    private static void jsonOnly(String f) {
        if (f != null && !f.equals("json") && !f.equals("geojson")) {
            throw new IllegalArgumentException("f: only json (GeoJSON for features) is offered, was '" + f + "'");
        }
    }
}
