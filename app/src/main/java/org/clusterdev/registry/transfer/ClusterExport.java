package org.clusterdev.registry.transfer;

import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Exports the clusters a directory search finds. CSV and XLSX have exactly the columns of the cluster
 * import ({@link ImportKind#CLUSTER_COLUMNS}) with each cluster's latest figures, so an export can be
 * edited and imported again; GeoJSON is a FeatureCollection of points with the directory's summary.
 */
@Service
public class ClusterExport {

    /** Clusters read per query while writing, so a large export never holds the whole registry. */
    static final int BATCH = 500;

    private final ClusterRegistry registry;
    private final Geography geography;
    private final JdbcClient jdbc;

    ClusterExport(ClusterRegistry registry, Geography geography, JdbcClient jdbc) {
        this.registry = registry;
        this.geography = geography;
        this.jdbc = jdbc;
    }

    /** Writes the clusters found as CSV with a header row. */
    public void csv(ClusterSearch search, Writer out) {
        TableWriter table = TableWriter.csv(out);
        table.row(ImportKind.CLUSTER_COLUMNS);
        rows(search, table::row);
        table.finish(null);
    }

    /** Writes the clusters found as an XLSX workbook with one sheet and a header row. */
    public void xlsx(ClusterSearch search, OutputStream out) throws java.io.IOException {
        try (TableWriter table = TableWriter.xlsx("clusters")) {
            table.row(ImportKind.CLUSTER_COLUMNS);
            rows(search, table::row);
            table.finish(out);
        }
    }

    /** An empty import file of a kind: its header row only, as CSV. */
    public void csvTemplate(ImportKind kind, Writer out) {
        TableWriter table = TableWriter.csv(out);
        table.row(kind.columnOrder());
        table.finish(null);
    }

    /** An empty import file of a kind: its header row only, as XLSX. */
    public void xlsxTemplate(ImportKind kind, OutputStream out) throws java.io.IOException {
        try (TableWriter table = TableWriter.xlsx(kind.name().toLowerCase(java.util.Locale.ROOT))) {
            table.row(kind.columnOrder());
            table.finish(out);
        }
    }

    /**
     * The clusters found as a GeoJSON FeatureCollection (RFC 7946) of points, each with its summary as
     * properties; ready to serialise as JSON.
     */
    public Map<String, Object> geojson(ClusterSearch search) {
        Map<Integer, String> states = stateNames();
        List<Map<String, Object>> features = new ArrayList<>();
        batches(search, batch -> batch.forEach(cluster -> features.add(feature(cluster, states))));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private void rows(ClusterSearch search, Consumer<List<Object>> row) {
        Map<Integer, String> states = stateNames();
        batches(search, batch -> {
            Map<Long, Map<String, Object>> details = details(batch);
            for (ClusterSummary cluster : batch) {
                row.accept(values(cluster, states, details.getOrDefault(cluster.id(), Map.of())));
            }
        });
    }

    private void batches(ClusterSearch search, Consumer<List<ClusterSummary>> consumer) {
        int offset = 0;
        List<ClusterSummary> batch;
        do {
            batch = registry.search(search, offset, BATCH);
            if (!batch.isEmpty()) {
                consumer.accept(batch);
            }
            offset += BATCH;
        } while (batch.size() == BATCH);
    }

    /** What the summary lacks: NIC code, texts and the rest of the latest figures, by cluster id. */
    private Map<Long, Map<String, Object>> details(List<ClusterSummary> batch) {
        List<Long> ids = batch.stream().map(ClusterSummary::id).toList();
        Map<Long, Map<String, Object>> details = new HashMap<>();
        jdbc.sql("""
                        select c.id, c.nic_code, c.description, c.source, f.micro, f.small, f.medium, f.looms,
                               f.families, f.minority_share, f.sc_st_share
                        from registry.cluster c
                        left join lateral (
                            select * from registry.cluster_figure f where f.cluster_id = c.id order by f.year desc limit 1
                        ) f on true
                        where c.id in (:ids)""")
                .param("ids", ids)
                .query()
                .listOfRows()
                .forEach(row -> details.put(((Number) row.get("id")).longValue(), row));
        return details;
    }

    private static List<Object> values(ClusterSummary c, Map<Integer, String> states, Map<String, Object> more) {
        return java.util.Arrays.asList(
                c.name(),
                c.product(),
                more.get("nic_code"),
                c.typologyCode(),
                states.get(c.stateCode()),
                c.districtName(),
                c.latitude(),
                c.longitude(),
                null, // pin: positions are stored as coordinates
                c.status(),
                c.figuresYear(),
                c.enterprises(),
                more.get("micro"),
                more.get("small"),
                more.get("medium"),
                c.artisans(),
                more.get("looms"),
                more.get("families"),
                c.employment(),
                c.turnoverRupees(),
                c.exportsRupees(),
                more.get("minority_share"),
                more.get("sc_st_share"),
                more.get("description"),
                more.get("source"));
    }

    private static Map<String, Object> feature(ClusterSummary cluster, Map<Integer, String> states) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", cluster.id());
        properties.put("name", cluster.name());
        properties.put("product", cluster.product());
        properties.put("typology", cluster.typologyCode());
        properties.put("typologyName", cluster.typologyName());
        properties.put("stateCode", cluster.stateCode());
        properties.put("state", states.get(cluster.stateCode()));
        properties.put("district", cluster.districtName());
        properties.put("status", cluster.status());
        properties.put("figuresYear", cluster.figuresYear());
        properties.put("enterprises", cluster.enterprises());
        properties.put("artisans", cluster.artisans());
        properties.put("employment", cluster.employment());
        properties.put("turnoverRupees", cluster.turnoverRupees());
        properties.put("exportsRupees", cluster.exportsRupees());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", cluster.id());
        feature.put(
                "geometry", Map.of("type", "Point", "coordinates", List.of(cluster.longitude(), cluster.latitude())));
        feature.put("properties", properties);
        return feature;
    }

    private Map<Integer, String> stateNames() {
        return geography.states().stream().collect(Collectors.toMap(State::code, State::name, (a, b) -> a));
    }
}
