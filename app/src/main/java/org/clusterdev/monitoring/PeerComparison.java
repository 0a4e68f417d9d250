package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A cluster against its peers (seed 004 §4.5 item 2: benchmarking): the clusters of the same NIC group (the first
 * three digits of the main NIC code, or both digits of a two-digit one) and the same typology, on one measure in
 * one financial year. The group is the cluster and its peers; the statistics cover those with a value.
 * Quartiles interpolate linearly between the two nearest values (as PostgreSQL's {@code percentile_cont} and
 * spreadsheets' QUARTILE.INC do); rank 1 is the highest value, equal values share a rank.
 *
 * @param nicGroup the NIC group the peers share
 * @param measure what is compared
 * @param year the financial year by the calendar year it starts in
 * @param peers the group, highest value first, those without a value last by name
 */
public record PeerComparison(
        long clusterId,
        String clusterName,
        String nicGroup,
        String typologyCode,
        Measure measure,
        int year,
        List<Peer> peers) {

    /**
     * What peers are compared on: an indicator of the results framework (actuals approved by the scheme, added
     * up over the year as the indicator adds up) or the total of a rating scheme.
     *
     * @param kind INDICATOR or RATING
     * @param code the indicator's or the scheme's code
     * @param unit the indicator's unit; POINTS for a rating total
     */
    public record Measure(String kind, String code, String name, String unit) {

        /** The measure as a request parameter: {@code INDICATOR:EXPORTS}, {@code RATING:CLUSTER_GENERAL}. */
        public String key() {
            return kind + ":" + code;
        }
    }

    /** One cluster of the group, with its value and rank when it has a value. */
    public record Peer(
            long clusterId, String name, int stateCode, Optional<BigDecimal> value, Optional<Integer> rank) {}

    public PeerComparison {
        peers = List.copyOf(peers);
    }

    /** The group, ranked: values highest first, then those without a value by name. */
    public static List<Peer> ranked(List<Peer> group) {
        List<BigDecimal> values =
                group.stream().flatMap(p -> p.value().stream()).toList();
        return group.stream()
                .map(p -> new Peer(
                        p.clusterId(),
                        p.name(),
                        p.stateCode(),
                        p.value(),
                        p.value().map(v -> rank(v, values))))
                .sorted(Comparator.comparing((Peer p) -> p.value().isEmpty())
                        .thenComparing(p -> p.value().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
                        .thenComparing(Peer::name))
                .toList();
    }

    /** The rank of a value among values: 1 plus how many are higher. */
    public static int rank(BigDecimal value, Collection<BigDecimal> values) {
        return 1 + (int) values.stream().filter(v -> v.compareTo(value) > 0).count();
    }

    /**
     * The quantile {@code p} (0 to 1) of values by linear interpolation between the nearest two: the value at
     * position (n - 1) x p of the values in ascending order, counted from 0.
     */
    public static Optional<BigDecimal> quantile(Collection<BigDecimal> values, BigDecimal p) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        BigDecimal position = p.multiply(BigDecimal.valueOf(sorted.size() - 1));
        int below = position.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
        BigDecimal low = sorted.get(below);
        if (fraction.signum() == 0) {
            return Optional.of(low);
        }
        BigDecimal high = sorted.get(below + 1);
        return Optional.of(low.add(high.subtract(low).multiply(fraction)));
    }

    private List<BigDecimal> values() {
        return peers.stream().flatMap(p -> p.value().stream()).toList();
    }

    /** How many clusters of the group have a value. */
    public int counted() {
        return values().size();
    }

    /** The lower quartile of the group's values. */
    public Optional<BigDecimal> lowerQuartile() {
        return quantile(values(), new BigDecimal("0.25"));
    }

    /** The median of the group's values. */
    public Optional<BigDecimal> median() {
        return quantile(values(), new BigDecimal("0.5"));
    }

    /** The upper quartile of the group's values. */
    public Optional<BigDecimal> upperQuartile() {
        return quantile(values(), new BigDecimal("0.75"));
    }

    /** The cluster's own line. */
    public Peer self() {
        return peers.stream()
                .filter(p -> p.clusterId() == clusterId)
                .findFirst()
                .orElseThrow();
    }

    /** The cluster's quartile in the group: 1 for the top quarter to 4 for the bottom one; empty without a value. */
    public Optional<Integer> quartile() {
        return self().value().map(v -> {
            if (v.compareTo(upperQuartile().orElseThrow()) >= 0) {
                return 1;
            }
            if (v.compareTo(median().orElseThrow()) >= 0) {
                return 2;
            }
            return v.compareTo(lowerQuartile().orElseThrow()) >= 0 ? 3 : 4;
        });
    }
}
