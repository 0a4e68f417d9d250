package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A thematic rating across all clusters of a product (seed 004 §4.5 item 2: "a rating of all the electroplating
 * clusters on environment standards"): every cluster the product finds, those rated in the year ranked by their
 * total (rank 1 the highest, equal totals share a rank), then those not rated, by name.
 *
 * @param nic the NIC code or prefix the clusters were found by, if any
 * @param word the product word the clusters were found by, if any
 */
public record ThematicRanking(
        RatingScheme scheme, int year, Optional<String> nic, Optional<String> word, List<Entry> entries) {

    /**
     * One cluster of the product.
     *
     * @param previousTotal its total in the year before, when rated then
     */
    public record Entry(
            long clusterId,
            String name,
            String product,
            int stateCode,
            Optional<BigDecimal> total,
            Optional<String> grade,
            Optional<Integer> rank,
            Optional<BigDecimal> previousTotal) {

        /** The change of the total since the year before, when rated in both. */
        public Optional<BigDecimal> change() {
            return total.flatMap(t -> previousTotal.map(t::subtract));
        }
    }

    public ThematicRanking {
        entries = List.copyOf(entries);
    }

    /** How many clusters of the product were rated in the year. */
    public long rated() {
        return entries.stream().filter(e -> e.total().isPresent()).count();
    }

    /** The median total of the rated clusters. */
    public Optional<BigDecimal> median() {
        return PeerComparison.quantile(
                entries.stream().flatMap(e -> e.total().stream()).toList(), new BigDecimal("0.5"));
    }
}
