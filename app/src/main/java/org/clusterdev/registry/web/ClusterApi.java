package org.clusterdev.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import org.clusterdev.registry.ClusterProfile;
import org.clusterdev.registry.ClusterProfiles;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.ClusterSummary;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry as open data: search with the directory's filters, one cluster's details, GeoJSON. */
@RestController
@RequestMapping("/api/v1/clusters")
@Tag(name = "Clusters", description = "The public cluster registry")
class ClusterApi {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 1000;

    private final ClusterRegistry registry;
    private final ClusterProfiles profiles;

    ClusterApi(ClusterRegistry registry, ClusterProfiles profiles) {
        this.registry = registry;
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(
            summary = "Clusters matching the directory filters with their latest key figures, one page at a time",
            description = "Filters combine with AND; clusters come by name. The envelope gives the page number,"
                    + " its size and the total number of matching clusters.")
    ClusterPage clusters(
            @ParameterObject SearchParameters filters,
            @Parameter(
                            description = "The page, from 0",
                            schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
                    @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(
                            description = "Clusters per page",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "50"))
                    @RequestParam(defaultValue = "50")
                    int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page: pages are numbered from 0, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: a page holds 1 to " + MAX_SIZE + " clusters, was " + size);
        }
        ClusterSearch search = filters.toSearch();
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            return new ClusterPage(List.of(), page, size, registry.count(search));
        }
        ClusterRegistry.SearchPage found = registry.find(search, (int) offset, size);
        return new ClusterPage(found.items(), page, size, found.total());
    }

    @GetMapping("/{id:[0-9]+}")
    @Operation(
            summary = "One cluster's details",
            description = "Every registry column, its figures by year, its stakeholders and the linkages between"
                    + " them. Stakeholders' contacts and the name of the last editor are not published.")
    ClusterProfile cluster(@Parameter(description = "The cluster's id") @PathVariable long id) {
        return profiles.find(id)
                .map(ClusterProfile::withoutPersonalData)
                .orElseThrow(() -> new NoSuchElementException("id: no cluster has the id " + id));
    }

    @GetMapping(
            value = "/geojson",
            produces = {"application/geo+json", "application/json"})
    @Operation(summary = "The clusters matching the directory filters as a GeoJSON FeatureCollection of points")
    ClusterFeatures geojson(@ParameterObject SearchParameters filters) {
        return new ClusterFeatures(
                "FeatureCollection",
                registry.search(filters.toSearch(), 0, Integer.MAX_VALUE).stream()
                        .map(ClusterFeature::of)
                        .toList());
    }

    /**
     * One page of a search.
     *
     * @param items the clusters on this page, by name
     * @param page the page number, from 0
     * @param size the largest number of clusters a page holds
     * @param total how many clusters match on all pages
     */
    record ClusterPage(List<ClusterSummary> items, int page, int size, long total) {}

    /**
     * Clusters as a GeoJSON FeatureCollection.
     *
     * @param type always {@code FeatureCollection}
     */
    record ClusterFeatures(String type, List<ClusterFeature> features) {}
}
