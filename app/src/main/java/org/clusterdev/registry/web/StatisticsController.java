package org.clusterdev.registry.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterStatistics;
import org.clusterdev.registry.ClusterStatistics.StateTypologyCount;
import org.clusterdev.registry.Typology;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** National statistics: clusters and employment by typology and by region, with charts and tables. */
@Controller
class StatisticsController {

    static final List<String> REGIONS = List.of("NORTH", "NORTH_EAST", "EAST", "CENTRAL", "WEST", "SOUTH");

    private final ClusterStatistics statistics;
    private final ClusterRegistry registry;
    private final Geography geography;

    StatisticsController(ClusterStatistics statistics, ClusterRegistry registry, Geography geography) {
        this.statistics = statistics;
        this.registry = registry;
        this.geography = geography;
    }

    /** One row of a table: a typology and its counts in the registry and, where known, in the documents. */
    record TypologyRow(
            String code, long clusters, long employment, Map<String, Long> clustersByRegion, Long published) {}

    @GetMapping("/clusters/statistics")
    String statistics(Model model) {
        Map<Integer, String> regionOfState =
                geography.states().stream().collect(Collectors.toMap(State::code, State::region, (a, b) -> a));
        List<StateTypologyCount> counts = statistics.byStateAndTypology();
        Map<String, Long> publishedByTypology = statistics.published().stream()
                .collect(Collectors.groupingBy(
                        ClusterStatistics.PublishedCount::typologyCode,
                        Collectors.summingLong(ClusterStatistics.PublishedCount::clusters)));
        List<TypologyRow> rows = registry.typologies().stream()
                .filter(typology -> typology.parentCode().isPresent() || !hasChildren(typology))
                .map(typology -> row(typology, counts, regionOfState, publishedByTypology))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("regions", REGIONS);
        model.addAttribute("regionTotals", regionTotals(counts, regionOfState));
        model.addAttribute(
                "totalClusters", rows.stream().mapToLong(TypologyRow::clusters).sum());
        model.addAttribute(
                "totalEmployment",
                rows.stream().mapToLong(TypologyRow::employment).sum());
        return "registry/statistics";
    }

    private boolean hasChildren(Typology typology) {
        return registry.typologies().stream()
                .anyMatch(other ->
                        other.parentCode().filter(typology.code()::equals).isPresent());
    }

    private static TypologyRow row(
            Typology typology,
            List<StateTypologyCount> counts,
            Map<Integer, String> regionOfState,
            Map<String, Long> published) {
        List<StateTypologyCount> mine = counts.stream()
                .filter(count -> count.typologyCode().equals(typology.code()))
                .toList();
        Map<String, Long> byRegion = new LinkedHashMap<>();
        REGIONS.forEach(region -> byRegion.put(region, 0L));
        mine.forEach(count ->
                byRegion.merge(regionOfState.getOrDefault(count.stateCode(), "CENTRAL"), count.clusters(), Long::sum));
        return new TypologyRow(
                typology.code(),
                mine.stream().mapToLong(StateTypologyCount::clusters).sum(),
                mine.stream().mapToLong(StateTypologyCount::employment).sum(),
                byRegion,
                published.get(typology.code()));
    }

    private static Map<String, Long> regionTotals(List<StateTypologyCount> counts, Map<Integer, String> regionOfState) {
        Map<String, Long> totals = new TreeMap<>(Comparator.comparingInt(REGIONS::indexOf));
        REGIONS.forEach(region -> totals.put(region, 0L));
        counts.forEach(count ->
                totals.merge(regionOfState.getOrDefault(count.stateCode(), "CENTRAL"), count.clusters(), Long::sum));
        return totals;
    }
}
