package org.clusterdev.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clusters")
@Tag(name = "Clusters", description = "The public cluster registry")
class ClusterApi {

    private final ClusterRegistry registry;

    ClusterApi(ClusterRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "All clusters with their latest key figures")
    List<ClusterSummary> clusters() {
        return registry.all();
    }

    @GetMapping(
            value = "/geojson",
            produces = {"application/geo+json", "application/json"})
    @Operation(summary = "All clusters as a GeoJSON FeatureCollection of points, for maps and GIS tools")
    Map<String, Object> geojson() {
        List<Map<String, Object>> features =
                registry.all().stream().map(ClusterApi::feature).toList();
        return Map.of("type", "FeatureCollection", "features", features);
    }

    private static Map<String, Object> feature(ClusterSummary cluster) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", cluster.id());
        properties.put("name", cluster.name());
        properties.put("product", cluster.product());
        properties.put("typology", cluster.typologyCode());
        properties.put("stateCode", cluster.stateCode());
        properties.put("status", cluster.status());
        properties.put("enterprises", cluster.enterprises());
        properties.put("employment", cluster.employment());
        return Map.of(
                "type",
                "Feature",
                "id",
                cluster.id(),
                "geometry",
                Map.of("type", "Point", "coordinates", List.of(cluster.longitude(), cluster.latitude())),
                "properties",
                properties);
    }
}
