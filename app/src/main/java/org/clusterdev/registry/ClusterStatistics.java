package org.clusterdev.registry;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * National statistics computed from the registry, in the spirit of seed 004 Tables 1.6 and 1.7: clusters
 * and employment by typology and place, next to the counts the documents publish.
 */
@Service
public class ClusterStatistics {

    private final JdbcClient jdbc;

    ClusterStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Clusters and employment (latest figures) per state and typology.
     *
     * @param stateCode LGD code of the state
     * @param employment summed over the clusters that report it; clusters without figures count as 0
     */
    public record StateTypologyCount(int stateCode, String typologyCode, long clusters, long employment) {}

    /** A count published in the source documents (seed 004 Table 1.7), per region and typology. */
    public record PublishedCount(String region, String typologyCode, int clusters, String source) {}

    public List<StateTypologyCount> byStateAndTypology() {
        return jdbc.sql("""
                        select c.state_code, c.typology_code, count(*) as clusters,
                               coalesce(sum(c.latest_employment), 0) as employment
                        from registry.cluster c
                        group by c.state_code, c.typology_code
                        order by c.state_code, c.typology_code""").query(StateTypologyCount.class).list();
    }

    public List<PublishedCount> published() {
        return jdbc.sql("""
                        select region, typology_code, clusters, source from registry.published_cluster_count
                        order by region, typology_code""").query(PublishedCount.class).list();
    }
}
