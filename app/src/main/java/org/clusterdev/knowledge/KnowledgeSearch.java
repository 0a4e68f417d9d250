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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
                   e.language, e.updated_at, e.head, q.query
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

    /**
     * Facets and totals count at most this many matches; beyond it a word is in most records, the total is shown as
     * "more than", and the best results are taken from the newest matches instead of from all of them.
     */
    static final int COUNTED = 5_000;

    /** How many of the matches (those whose title or summary holds the words first) are ranked with full text. */
    static final int RANKED = 300;

    private static final String FACETS = "with m as (" + MATCHES + FILTERS + """
            limit :counted)
            select case when grouping(kind) = 0 then 'kind' when grouping(state_code) = 0 then 'state'
                        when grouping(product) = 0 then 'product' when grouping(scheme) = 0 then 'scheme'
                        else 'year' end as facet,
                   coalesce(kind, cast(state_code as text), product, scheme, cast(year as text)) as value,
                   count(*) as matches
            from m
            group by grouping sets ((kind), (state_code), (product), (scheme), (year))
            order by facet, matches desc, value
            """;

    /** Candidates among all matches: title or summary matches first, then the newest. */
    private static final String ALL_CANDIDATES = "with m as (" + MATCHES + FILTERS + """
            ), candidates as (
                select m.id, m.query from m
                order by (m.head @@ m.query) desc nulls last, m.updated_at desc, m.id desc
                limit greatest(:ranked, :offset + :limit)
            )""";

    /** Candidates among the newest matches, read along the index by date: cheap when most records match. */
    private static final String NEWEST_CANDIDATES = "with candidates as (" + MATCHES + FILTERS + """
                order by e.updated_at desc, e.id desc
                limit greatest(:ranked, :offset + :limit)
            )""";

    private static final String RANKED_PAGE = """
            , ranked as (
                select e.id, e.source, e.source_id, e.title, e.kind, e.year, e.language, e.updated_at, e.summary,
                       coalesce(ts_rank_cd(e.search, c.query), 0) as rank, c.query
                from candidates c join knowledge.entry e on e.id = c.id
                order by rank desc, e.updated_at desc, e.id desc
                offset :offset limit :limit
            )
            select r.source, r.source_id, r.title, r.kind, r.year, r.rank,
                   case when cast(:words as text) is null then left(r.summary || ' ' || e.body, 240)
                        else ts_headline(case when r.language = 'hi' then 'hindi'::regconfig else 'english'::regconfig end,
                                         r.summary || ' ' || left(e.body, 100000), r.query,
                                         'StartSel=\u27E6, StopSel=\u27E7, MaxWords=30, MinWords=12, MaxFragments=2')
                   end as snippet
            from ranked r join knowledge.entry e on e.id = r.id
            order by r.rank desc, r.updated_at desc, r.id desc
            """;

    private static final String RESEMBLING = """
            select e.source, e.source_id, e.title, e.kind, e.year, word_similarity(cast(:words as text), e.title) as rank,
                   left(e.summary || ' ' || e.body, 240) as snippet
            from knowledge.entry e
            where e.id = any(array(select t.id from knowledge.entry t where cast(:words as text) <% t.title))
            """ + FILTERS + " order by rank desc, e.id desc limit :limit";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ClusterRegistry registry;
    private final TransactionTemplate reads;

    KnowledgeSearch(
            JdbcClient jdbc,
            CurrentUser currentUser,
            ClusterRegistry registry,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.registry = registry;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
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
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        List<SearchResults.Hit> hits = reads.execute(status -> {
            if (query.words().isPresent()) {
                // matches come from the GIN index: the planner would rather scan the table when a word is in most
                // records, which means unpacking every record's full text vector, many times slower
                jdbc.sql("set local enable_seqscan = off").update();
            }
            jdbc.sql(FACETS).params(parameters).param("counted", COUNTED).query(rs -> {
                if (rs.getString("value") != null) {
                    facets.computeIfAbsent(rs.getString("facet"), f -> new ArrayList<>())
                            .add(new SearchResults.FacetValue(rs.getString("value"), rs.getLong("matches")));
                }
            });
            boolean common = facets.getOrDefault("kind", List.of()).stream()
                            .mapToLong(SearchResults.FacetValue::count)
                            .sum()
                    >= COUNTED;
            if (common) {
                // along the date index, not through a bitmap of every match
                jdbc.sql("set local enable_bitmapscan = off").update();
            }
            return jdbc.sql((common ? NEWEST_CANDIDATES : ALL_CANDIDATES) + RANKED_PAGE)
                    .params(parameters)
                    .param("ranked", RANKED)
                    .param("offset", offset)
                    .param("limit", limit)
                    .query((rs, n) -> hit(rs))
                    .list();
        });
        long total = facets.getOrDefault("kind", List.of()).stream()
                .mapToLong(SearchResults.FacetValue::count)
                .sum();
        var clusters = withClusters && query.words().isPresent()
                ? registry.search(
                        ClusterSearch.everything().withText(query.words().get()), 0, 5)
                : List.<org.clusterdev.registry.ClusterSummary>of();
        if (total == 0 && query.words().map(w -> w.length() >= 3).orElse(false)) {
            // titles that resemble the words, found through the trigram index first: left to the planner, it would
            // compute the similarity of every title
            List<SearchResults.Hit> resembling = reads.execute(status -> {
                jdbc.sql("set local enable_seqscan = off").update();
                return jdbc.sql(RESEMBLING)
                        .params(parameters)
                        .param("limit", limit)
                        .query((rs, n) -> hit(rs))
                        .list();
            });
            return new SearchResults(resembling, resembling.size(), false, Map.of(), clusters, !resembling.isEmpty());
        }
        return new SearchResults(hits, total, total >= COUNTED, facets, clusters, false);
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
