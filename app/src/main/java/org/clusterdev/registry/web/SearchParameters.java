package org.clusterdev.registry.web;

import java.util.Optional;
import org.clusterdev.registry.ClusterSearch;

/**
 * The directory's filters as they arrive in a query string ({@code ?q=&state=&typology=...}). Pages, map
 * data, exports and the API bind the same names, so a filtered list can be shared, exported or mapped by
 * copying its address.
 */
record SearchParameters(
        String q,
        Integer state,
        Integer district,
        String typology,
        String nic,
        String status,
        Integer minEnterprises,
        Integer maxEnterprises) {

    /** No filter at all. */
    static SearchParameters none() {
        return new SearchParameters(null, null, null, null, null, null, null, null);
    }

    /** The search these parameters ask for. */
    ClusterSearch toSearch() {
        return new ClusterSearch(
                Optional.ofNullable(q),
                Optional.ofNullable(state),
                Optional.ofNullable(district),
                Optional.ofNullable(typology),
                Optional.ofNullable(nic),
                Optional.ofNullable(status),
                Optional.ofNullable(minEnterprises),
                Optional.ofNullable(maxEnterprises),
                Optional.empty());
    }

    /** The query string that repeats these filters, without a leading '?', for links and downloads. */
    String queryString() {
        StringBuilder query = new StringBuilder();
        append(query, "q", q);
        append(query, "state", state);
        append(query, "district", district);
        append(query, "typology", typology);
        append(query, "nic", nic);
        append(query, "status", status);
        append(query, "minEnterprises", minEnterprises);
        append(query, "maxEnterprises", maxEnterprises);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name)
                .append('=')
                .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
