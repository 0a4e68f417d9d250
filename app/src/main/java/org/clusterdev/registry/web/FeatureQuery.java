package org.clusterdev.registry.web;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.ClusterSearch.BoundingBox;

/**
 * A request for one page of the clusters collection of OGC API - Features, checked: the directory filters,
 * optionally within a box, from {@code offset} on, at most {@code limit} features.
 *
 * @throws IllegalArgumentException starting with the parameter's name when a value is malformed or out of range
 */
record FeatureQuery(ClusterSearch search, int limit, int offset) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    /** Every query parameter the items accept; OGC API - Features refuses others with 400. */
    static final Set<String> PARAMETERS = Set.of(
            "bbox",
            "datetime",
            "limit",
            "offset",
            "f",
            "lang",
            "q",
            "state",
            "district",
            "typology",
            "nic",
            "status",
            "minEnterprises",
            "maxEnterprises");

    FeatureQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: give 1 to " + MAX_LIMIT + " features per page, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset: must be 0 or more, was " + offset);
        }
    }

    /**
     * The query that the parameters of an items request ask for.
     *
     * @param bbox {@code minLon,minLat,maxLon,maxLat} in degrees (CRS84), or six numbers with heights, which
     *     are ignored; null for no box
     */
    static FeatureQuery of(SearchParameters filters, String bbox, int limit, int offset) {
        ClusterSearch search = filters.toSearch();
        if (bbox != null) {
            search = search.within(box(bbox));
        }
        return new FeatureQuery(search, limit, offset);
    }

    /**
     * Refuses parameters the collection does not know, so a misspelt filter is not silently ignored.
     *
     * @throws IllegalArgumentException naming the first unknown parameter
     */
    static void refuseUnknown(Collection<String> names) {
        Set<String> unknown = new TreeSet<>(names);
        unknown.removeAll(PARAMETERS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(unknown.iterator().next() + ": is not a parameter of this collection;"
                    + " use bbox, limit, offset or the directory filters q, state, district, typology, nic, status,"
                    + " minEnterprises, maxEnterprises");
        }
    }

    private static BoundingBox box(String bbox) {
        String[] parts = bbox.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw new IllegalArgumentException(
                    "bbox: give four numbers minLon,minLat,maxLon,maxLat, was '" + bbox + "'");
        }
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox: '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(numbers[i])) {
                throw new IllegalArgumentException("bbox: '" + parts[i] + "' is not a finite number");
            }
        }
        int high = parts.length / 2;
        return new BoundingBox(numbers[0], numbers[1], numbers[high], numbers[high + 1]);
    }
}
