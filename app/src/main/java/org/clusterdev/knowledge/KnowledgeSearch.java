package org.clusterdev.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.knowledge.internal.DocumentRows;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One search over documents, news, events and best practices (PostgreSQL full-text search with the English and
 * Hindi configurations, ranked, with highlighted snippets and facets), next to the registry's clusters. When no
 * record contains the words, titles that resemble them are offered instead (trigram similarity), so a misspelt
 * word still finds something.
 */
@Service
public class KnowledgeSearch {

    /** Snippet markers no document text uses; the page escapes the text and marks what lies between them. */
    static final String START = "\u27E6";

    static final String STOP = "\u27E7";

    private static final String MATCHES = """
            with q as (select websearch_to_tsquery('english', cast(:words as text))
                          || websearch_to_tsquery('hindi', cast(:words as text)) as query)
            select e.id, e.source, e.source_id, e.title, e.kind, e.year, e.state_code, e.product, e.scheme,
                   e.language, e.updated_at, coalesce(ts_rank_cd(e.search, q.query), 0) as rank, q.query
            from knowledge.entry e cross join q
            where (cast(:words as text) is null or e.search @@ q.query)
            """;

    private static final String FILTERS = """
              and (e.visibility = 'PUBLIC' or :administrator or e.uploaded_by = :username
                   or e.roles && cast(:readerRoles as text[]))
              and (cast(:kind as text) is null or e.kind = :kind)
              and (cast(:state as integer) is null or e.state_code = :state)
              and (cast(:product as text) is null or e.product = :product)
              and (cast(:scheme as text) is null or e.scheme = :scheme)
              and (cast(:year as integer) is null or e.year = :year)
            """;

    private static final String PAGE = "with m as (" + MATCHES + FILTERS + """
            order by rank desc, updated_at desc, id desc offset :offset limit :limit)
            select m.source, m.source_id, m.title, m.kind, m.year, m.rank,
                   case when cast(:words as text) is null then left(e.summary || ' ' || e.body, 240)
                        else ts_headline(case when m.language = 'hi' then 'hindi'::regconfig else 'english'::regconfig end,
                                         e.summary || ' ' || left(e.body, 100000), m.query,
                                         'StartSel=\u27E6, StopSel=\u27E7, MaxWords=30, MinWords=12, MaxFragments=2')
                   end as snippet
            from m join knowledge.entry e on e.id = m.id
            order by m.rank desc, m.updated_at desc, m.id desc
            """;

    private static final String FACETS = "with m as (" + MATCHES + FILTERS + """
            )
            select case when grouping(kind) = 0 then 'kind' when grouping(state_code) = 0 then 'state'
                        when grouping(product) = 0 then 'product' when grouping(scheme) = 0 then 'scheme'
                        else 'year' end as facet,
                   coalesce(kind, cast(state_code as text), product, scheme, cast(year as text)) as value,
                   count(*) as matches
            from m
            group by grouping sets ((kind), (state_code), (product), (scheme), (year))
            order by facet, matches desc, value
            """;

    private static final String RESEMBLING = """
            select e.source, e.source_id, e.title, e.kind, e.year, word_similarity(cast(:words as text), e.title) as rank,
                   left(e.summary || ' ' || e.body, 240) as snippet
            from knowledge.entry e
            where cast(:words as text) <% e.title
            """ + FILTERS + " order by rank desc, e.id desc limit :limit";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ClusterRegistry registry;

    KnowledgeSearch(JdbcClient jdbc, CurrentUser currentUser, ClusterRegistry registry) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.registry = registry;
    }

    /**
     * Searches for the current user: restricted records only where the user may read them.
     *
     * @param offset hits to skip
     * @param limit hits to return, 1 to 100
     */
    public SearchResults search(SearchQuery query, int offset, int limit) {
        return search(query, Reader.current(currentUser), offset, limit, true);
    }

    /**
     * Searches as the given reader; with {@code withClusters} false the registry is not asked (the benchmark times
     * the knowledge base alone).
     */
    public SearchResults search(SearchQuery query, Reader reader, int offset, int limit, boolean withClusters) {
        if (limit < 1 || limit > 100 || offset < 0) {
            throw new IllegalArgumentException("size: a page holds 1 to 100 results");
        }
        Map<String, Object> parameters = parameters(query, reader);
        List<SearchResults.Hit> hits = jdbc.sql(PAGE)
                .params(parameters)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> hit(rs))
                .list();
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        jdbc.sql(FACETS).params(parameters).query(rs -> {
            if (rs.getString("value") != null) {
                facets.computeIfAbsent(rs.getString("facet"), f -> new ArrayList<>())
                        .add(new SearchResults.FacetValue(rs.getString("value"), rs.getLong("matches")));
            }
        });
        long total = facets.getOrDefault("kind", List.of()).stream()
                .mapToLong(SearchResults.FacetValue::count)
                .sum();
        var clusters = withClusters && query.words().isPresent()
                ? registry.search(
                        ClusterSearch.everything().withText(query.words().get()), 0, 5)
                : List.<org.clusterdev.registry.ClusterSummary>of();
        if (total == 0 && query.words().map(w -> w.length() >= 3).orElse(false)) {
            List<SearchResults.Hit> resembling = jdbc.sql(RESEMBLING)
                    .params(parameters)
                    .param("limit", limit)
                    .query((rs, n) -> hit(rs))
                    .list();
            return new SearchResults(resembling, resembling.size(), Map.of(), clusters, !resembling.isEmpty());
        }
        return new SearchResults(hits, total, facets, clusters, false);
    }

    private static SearchResults.Hit hit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SearchResults.Hit(
                rs.getString("source"),
                rs.getLong("source_id"),
                rs.getString("title"),
                rs.getString("kind"),
                (Integer) rs.getObject("year"),
                segments(Optional.ofNullable(rs.getString("snippet")).orElse("")),
                rs.getDouble("rank"));
    }

    /** Splits a headline at its markers into plain and matching pieces. */
    static List<SearchResults.Segment> segments(String headline) {
        List<SearchResults.Segment> segments = new ArrayList<>();
        String rest = headline.replaceAll("\\s+", " ");
        while (!rest.isEmpty()) {
            int start = rest.indexOf(START);
            int stop = start < 0 ? -1 : rest.indexOf(STOP, start);
            if (start < 0 || stop < 0) {
                segments.add(new SearchResults.Segment(rest.replace(START, "").replace(STOP, ""), false));
                break;
            }
            if (start > 0) {
                segments.add(new SearchResults.Segment(rest.substring(0, start), false));
            }
            segments.add(new SearchResults.Segment(rest.substring(start + 1, stop), true));
            rest = rest.substring(stop + 1);
        }
        return segments;
    }

    private static Map<String, Object> parameters(SearchQuery query, Reader reader) {
        Map<String, Object> values = new HashMap<>(DocumentRows.readerParameters(reader));
        values.put("words", query.words().orElse(null));
        values.put("kind", query.kind().orElse(null));
        values.put("state", query.stateCode().orElse(null));
        values.put("product", query.product().orElse(null));
        values.put("scheme", query.scheme().orElse(null));
        values.put("year", query.year().orElse(null));
        return values;
    }
}
