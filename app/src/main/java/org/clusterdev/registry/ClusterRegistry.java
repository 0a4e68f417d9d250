package org.clusterdev.registry;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the cluster registry for lists, maps and statistics. */
@Service
public class ClusterRegistry {

    private static final String SUMMARY = """
            select c.id, c.name, c.product, c.typology_code, t.name as typology_name, c.state_code, c.district_name, c.latitude, c.longitude, c.status,
                   f.year as figures_year, f.enterprises, f.artisans, f.employment, f.turnover_rupees, f.exports_rupees
            from registry.cluster c
            join registry.typology t on t.code = c.typology_code
            left join lateral (
                select * from registry.cluster_figure f where f.cluster_id = c.id order by f.year desc limit 1
            ) f on true
            """;

    private final JdbcClient jdbc;

    ClusterRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many clusters the registry holds. */
    public long count() {
        return jdbc.sql("select count(*) from registry.cluster")
                .query(Long.class)
                .single();
    }

    /** One page of clusters ordered by name; {@code offset} and {@code limit} as in SQL. */
    public List<ClusterSummary> page(int offset, int limit) {
        return jdbc.sql(SUMMARY + " order by c.name offset ? limit ?")
                .params(offset, limit)
                .query(ClusterSummary.class)
                .list();
    }

    /** Every cluster, for the map; the registry holds thousands at most, so this stays small. */
    public List<ClusterSummary> all() {
        return jdbc.sql(SUMMARY + " order by c.name")
                .query(ClusterSummary.class)
                .list();
    }

    /** Totals over the latest figures of every cluster, for the home page. */
    public Totals totals() {
        return jdbc.sql("""
                        select count(*) as clusters, count(distinct c.state_code) as states,
                               coalesce(sum(f.employment), 0) as employment
                        from registry.cluster c
                        left join lateral (
                            select employment from registry.cluster_figure f where f.cluster_id = c.id
                            order by f.year desc limit 1
                        ) f on true""").query(Totals.class).single();
    }

    /** Counts for the home page: clusters, the states they are in, and the employment they report. */
    public record Totals(long clusters, long states, long employment) {}
}
