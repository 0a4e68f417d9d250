package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.monitoring.rating.RatingSchemeTable;
import org.clusterdev.monitoring.rating.RatingTable;
import org.clusterdev.registry.ClusterProfile;
import org.clusterdev.registry.ClusterProfiles;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares a cluster with its peers (same NIC group, same typology) on any indicator of the results framework
 * or on the total of a rating scheme. Indicators count the actuals approved by the scheme over the four quarters
 * of the financial year, added up by the indicator's own rule, as the dashboards do.
 */
@Service
public class PeerComparisons {

    /** The unit of a rating total: points out of 100. */
    public static final String POINTS = "POINTS";

    private final Dashboards dashboards;
    private final ResultsFramework framework;
    private final RatingSchemeTable schemes;
    private final RatingTable ratings;
    private final ClusterProfiles profiles;
    private final ClusterRegistry registry;

    PeerComparisons(
            Dashboards dashboards,
            ResultsFramework framework,
            RatingSchemeTable schemes,
            RatingTable ratings,
            ClusterProfiles profiles,
            ClusterRegistry registry) {
        this.dashboards = dashboards;
        this.framework = framework;
        this.schemes = schemes;
        this.ratings = ratings;
        this.profiles = profiles;
        this.registry = registry;
    }

    /** Every measure peers can be compared on: the indicators, then the published cluster rating schemes. */
    public List<PeerComparison.Measure> measures() {
        List<PeerComparison.Measure> all = new ArrayList<>();
        framework
                .indicators()
                .forEach(i -> all.add(new PeerComparison.Measure("INDICATOR", i.code(), i.name(), i.unit())));
        schemes.all().stream()
                .filter(s -> s.published() && s.subject() == RatingScheme.Subject.CLUSTER)
                .forEach(s -> all.add(new PeerComparison.Measure("RATING", s.code(), s.name(), POINTS)));
        return all;
    }

    /** The NIC group of a NIC code: its first three digits, or both of a two-digit code. */
    public static String nicGroup(String nicCode) {
        return nicCode.length() <= 3 ? nicCode : nicCode.substring(0, 3);
    }

    /**
     * The comparison of a cluster with its peers on a measure in a financial year.
     *
     * @param measureKey {@code INDICATOR:CODE} or {@code RATING:CODE}
     * @throws NoSuchElementException for an unknown cluster
     * @throws IllegalArgumentException "measure: ..." for an unknown measure, "cluster: ..." for a cluster without
     *     a NIC code (it has no peers)
     */
    @Transactional(readOnly = true)
    public PeerComparison compare(long clusterId, String measureKey, int year) {
        ClusterProfile cluster =
                profiles.find(clusterId).orElseThrow(() -> new NoSuchElementException("no cluster " + clusterId));
        PeerComparison.Measure measure = measures().stream()
                .filter(m -> m.key().equals(measureKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("measure: '" + measureKey + "' is not a measure"));
        String group = nicGroup(cluster.nicCode()
                .orElseThrow(() -> new IllegalArgumentException(
                        "cluster: " + cluster.name() + " has no NIC code, so it has no peers")));
        List<ClusterSummary> peers = registry.search(
                new ClusterSearch(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(cluster.typologyCode()),
                        Optional.of(group),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                0,
                Integer.MAX_VALUE);
        List<Long> ids = peers.stream().map(ClusterSummary::id).toList();
        Map<Long, BigDecimal> values = "RATING".equals(measure.kind())
                ? ratingTotals(measure.code(), year, ids)
                : indicatorValues(measure.code(), year, ids);
        List<PeerComparison.Peer> members = peers.stream()
                .map(p -> new PeerComparison.Peer(
                        p.id(), p.name(), p.stateCode(), Optional.ofNullable(values.get(p.id())), Optional.empty()))
                .toList();
        return new PeerComparison(
                cluster.id(),
                cluster.name(),
                group,
                cluster.typologyCode(),
                measure,
                year,
                PeerComparison.ranked(members));
    }

    private Map<Long, BigDecimal> ratingTotals(String schemeCode, int year, List<Long> ids) {
        return ratings.clusterRatings(schemeCode, year, ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().total()));
    }

    private Map<Long, BigDecimal> indicatorValues(String indicatorCode, int year, List<Long> ids) {
        DashboardView view = dashboards.dashboard(new DashboardQuery(
                indicatorCode,
                Grouping.CLUSTER,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ids,
                new ReportingPeriod(year, 1),
                new ReportingPeriod(year, 4),
                Approval.SCHEME_APPROVED,
                Optional.empty()));
        return view.rows().stream()
                .filter(r -> r.actual(Breakdowns.TOTAL).isPresent())
                .collect(Collectors.toMap(
                        r -> Long.parseLong(r.key()),
                        r -> r.actual(Breakdowns.TOTAL).orElseThrow()));
    }
}
