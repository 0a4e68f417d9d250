package org.clusterdev.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the cluster registry for the directory, maps, exports and statistics. */
@Service
public class ClusterRegistry {

    /** Each cluster with its typology; its latest figures are kept on its row (see the migration). */
    private static final String FROM = """
            from registry.cluster c
            join registry.typology t on t.code = c.typology_code
            """;

    /**
     * Every filter of a {@link ClusterSearch}; an absent one (null parameter) lets every row through. Loose
     * words are matched first, on their own, through the trigram index: as one condition among the others the
     * planner would rather walk another index and compute the word similarity of nearly every cluster.
     */
    private static final String FROM_WHERE = FROM + """
            where (cast(:text as text) is null
                   or (not :fuzzy and (c.name || ' ' || c.product || ' ' || coalesce(c.places, '')) ilike '%' || :text || '%')
                   or (:fuzzy and c.id = any(array(
                           select f.id from registry.cluster f
                           where :text <% (f.name || ' ' || f.product || ' ' || coalesce(f.places, ''))))))
              and (cast(:state as integer) is null or c.state_code = :state)
              and (cast(:district as integer) is null or c.district_code = :district)
              and (cast(:typology as text) is null or c.typology_code = :typology or t.parent_code = :typology)
              and (cast(:nic as text) is null or c.nic_code like :nic || '%'
                   or exists (select 1 from unnest(c.nic_codes) n where n like :nic || '%'))
              and (cast(:status as text) is null or c.status = :status)
              and (cast(:minEnterprises as integer) is null or c.latest_enterprises >= :minEnterprises)
              and (cast(:maxEnterprises as integer) is null or c.latest_enterprises <= :maxEnterprises)
              and (cast(:minLon as double precision) is null
                   or (c.longitude between :minLon and :maxLon and c.latitude between :minLat and :maxLat))
            """;

    private static final String SUMMARY_COLUMNS = """
            select c.id, c.name, c.product, c.typology_code, t.name as typology_name, c.state_code, c.district_name,
                   c.latitude, c.longitude, c.status, c.latest_year as figures_year, c.latest_enterprises as enterprises,
                   c.latest_artisans as artisans, c.latest_employment as employment,
                   c.latest_turnover_rupees as turnover_rupees, c.latest_exports_rupees as exports_rupees
            """;

    private final JdbcClient jdbc;

    private final TransactionTemplate fuzzyReads;

    ClusterRegistry(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.fuzzyReads = new TransactionTemplate(transactions);
        this.fuzzyReads.setReadOnly(true);
    }

    /** How many clusters the registry holds. */
    public long count() {
        return jdbc.sql("select count(*) from registry.cluster")
                .query(Long.class)
                .single();
    }

    /** How many clusters a search finds. */
    public long count(ClusterSearch search) {
        return find(search, 0, 0).total();
    }

    /** One page of the clusters a search finds, by name; {@code offset} and {@code limit} as in SQL. */
    public List<ClusterSummary> search(ClusterSearch search, int offset, int limit) {
        return find(search, offset, limit).items();
    }

    /**
     * One page of the clusters a search finds, by name, and how many it finds in all, from one query.
     *
     * @param offset rows to skip, as in SQL
     * @param limit rows to return at most; 0 to count only
     */
    public SearchPage find(ClusterSearch search, int offset, int limit) {
        boolean fuzzy = fuzzy(search);
        return fuzzy
                ? withTrigramIndex(() -> findPage(search, true, offset, limit))
                : findPage(search, false, offset, limit);
    }

    /** A page of clusters and the number of clusters found in all. */
    public record SearchPage(List<ClusterSummary> items, long total) {}

    private SearchPage findPage(ClusterSearch search, boolean fuzzy, int offset, int limit) {
        if (limit == 0) {
            return new SearchPage(List.of(), countMatching(search, fuzzy));
        }
        if (search.text().isEmpty()) {
            // without words, counting is cheap and the page comes straight from the name index
            return new SearchPage(page(search, offset, limit), countMatching(search, false));
        }
        long[] total = {-1};
        RowMapper<ClusterSummary> summaries = new DataClassRowMapper<>(ClusterSummary.class);
        List<ClusterSummary> items = jdbc.sql(SUMMARY_COLUMNS + ", count(*) over () as total " + FROM_WHERE
                        + " order by c.name, c.id offset :offset limit :limit")
                .params(parameters(search))
                .param("fuzzy", fuzzy)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return summaries.mapRow(rs, n);
                })
                .list();
        // a page past the end has no row to carry the total
        return new SearchPage(items, total[0] >= 0 ? total[0] : countMatching(search, fuzzy));
    }

    private List<ClusterSummary> page(ClusterSearch search, int offset, int limit) {
        return jdbc.sql(SUMMARY_COLUMNS + FROM_WHERE + " order by c.name, c.id offset :offset limit :limit")
                .params(parameters(search))
                .param("fuzzy", false)
                .param("offset", offset)
                .param("limit", limit)
                .query(ClusterSummary.class)
                .list();
    }

    /** One page of all clusters, by name. */
    public List<ClusterSummary> page(int offset, int limit) {
        return search(ClusterSearch.everything(), offset, limit);
    }

    /** Every cluster, for the map; the registry holds thousands at most, so this stays small. */
    public List<ClusterSummary> all() {
        return search(ClusterSearch.everything(), 0, Integer.MAX_VALUE);
    }

    /** One cluster's summary, when it exists. */
    public Optional<ClusterSummary> summary(long id) {
        return jdbc.sql(SUMMARY_COLUMNS + FROM + " where c.id = :id")
                .param("id", id)
                .query(ClusterSummary.class)
                .optional();
    }

    /** How many clusters a search finds in each state, for the choropleth; keyed by LGD state code. */
    public Map<Integer, Long> countByState(ClusterSearch search) {
        return bind(
                        jdbc.sql("select c.state_code, count(*) as clusters " + FROM_WHERE + " group by c.state_code"),
                        search)
                .query((rs, n) -> Map.entry(rs.getInt("state_code"), rs.getLong("clusters")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A cluster as a point on the map: where it is and how big. */
    public record MapPoint(long id, String name, double latitude, double longitude, int enterprises) {}

    /** The clusters a search finds as map points; lighter than {@link #search} for thousands of clusters. */
    public List<MapPoint> points(ClusterSearch search) {
        return bind(
                        jdbc.sql(
                                "select c.id, c.name, c.latitude, c.longitude, coalesce(c.latest_enterprises, 0) as enterprises "
                                        + FROM_WHERE),
                        search)
                .query((rs, n) ->
                        new MapPoint(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5)))
                .list();
    }

    /**
     * The clusters of these ids as map points, in no particular order; ids of no cluster are left out.
     *
     * @param ids at most a few thousand, as a dashboard's rows
     */
    public List<MapPoint> pointsOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.id, c.name, c.latitude, c.longitude, coalesce(c.latest_enterprises, 0) as enterprises
                        from registry.cluster c where c.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) ->
                        new MapPoint(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5)))
                .list();
    }

    /**
     * Words are first matched as they are written; only when nothing matches are small misspellings
     * forgiven (trigram word similarity), which would otherwise cost a scan of every cluster.
     */
    private boolean fuzzy(ClusterSearch search) {
        return search.text().isPresent()
                && search.text().get().length() >= 3
                && !jdbc.sql("select exists (select 1 " + FROM_WHERE + ")")
                        .params(parameters(search))
                        .param("fuzzy", false)
                        .query(Boolean.class)
                        .single();
    }

    /**
     * Runs a loose word search with the trigram index. PostgreSQL's cost model takes the index for dearer
     * than computing the word similarity of every cluster, which is several times slower in practice.
     */
    private <T> T withTrigramIndex(java.util.function.Supplier<T> query) {
        return fuzzyReads.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return query.get();
        });
    }

    private long countMatching(ClusterSearch search, boolean fuzzy) {
        return jdbc.sql("select count(*) " + FROM_WHERE)
                .params(parameters(search))
                .param("fuzzy", fuzzy)
                .query(Long.class)
                .single();
    }

    /** Every typology, broad ones before their children. */
    public List<Typology> typologies() {
        return jdbc.sql("""
                        select code, parent_code, name, estimated_clusters from registry.typology
                        order by coalesce(parent_code, code), parent_code nulls first, code""")
                .query((rs, n) -> new Typology(
                        rs.getString("code"),
                        Optional.ofNullable(rs.getString("parent_code")),
                        rs.getString("name"),
                        Optional.ofNullable((Integer) rs.getObject("estimated_clusters"))))
                .list();
    }

    /** Totals over the latest figures of every cluster, for the home page. */
    public Totals totals() {
        return jdbc.sql("""
                        select count(*) as clusters, count(distinct c.state_code) as states,
                               coalesce(sum(c.latest_employment), 0) as employment
                        from registry.cluster c""").query(Totals.class).single();
    }

    /** Counts for the home page: clusters, the states they are in, and the employment they report. */
    public record Totals(long clusters, long states, long employment) {}

    /** Binds every filter of the search, and whether its words are matched loosely. */
    private StatementSpec bind(StatementSpec statement, ClusterSearch search) {
        return statement.params(parameters(search)).param("fuzzy", fuzzy(search));
    }

    private static Map<String, Object> parameters(ClusterSearch search) {
        var box = search.bbox();
        var values = new java.util.HashMap<String, Object>();
        values.put("text", search.text().orElse(null));
        values.put("state", search.stateCode().orElse(null));
        values.put("district", search.districtCode().orElse(null));
        values.put("typology", search.typology().orElse(null));
        values.put("nic", search.nic().orElse(null));
        values.put("status", search.status().orElse(null));
        values.put("minEnterprises", search.minEnterprises().orElse(null));
        values.put("maxEnterprises", search.maxEnterprises().orElse(null));
        values.put("minLon", box.map(ClusterSearch.BoundingBox::minLongitude).orElse(null));
        values.put("maxLon", box.map(ClusterSearch.BoundingBox::maxLongitude).orElse(null));
        values.put("minLat", box.map(ClusterSearch.BoundingBox::minLatitude).orElse(null));
        values.put("maxLat", box.map(ClusterSearch.BoundingBox::maxLatitude).orElse(null));
        return values;
    }
}
