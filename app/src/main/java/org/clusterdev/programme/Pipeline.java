package org.clusterdev.programme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clusterdev.programme.internal.InterventionRows;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.stereotype.Service;

/**
 * Where every intervention the current user may see stands, and where they stall: counts per scheme and stage,
 * and the interventions overdue in their stage with the roles that must act ("decisions with pre-defined time
 * limits", seed 004 §3.6).
 */
@Service
public class Pipeline {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final InterventionRows rows;
    private final Interventions interventions;
    private final ClusterRegistry registry;

    Pipeline(InterventionRows rows, Interventions interventions, ClusterRegistry registry) {
        this.rows = rows;
        this.interventions = interventions;
        this.registry = registry;
    }

    /** The interventions the filter lets through and the user may see, overdue ones first, then by due date. */
    public List<PipelineEntry> entries(PipelineFilter filter) {
        LocalDate today = LocalDate.now(INDIA);
        Map<Long, String> clusterNames = new java.util.HashMap<>();
        return rows.all(filter.schemeCode(), filter.stage()).stream()
                .filter(interventions::maySee)
                .map(intervention -> entry(intervention, today, clusterNames))
                .filter(entry -> !filter.overdueOnly() || entry.overdue())
                .sorted(java.util.Comparator.comparing((PipelineEntry entry) -> !entry.overdue())
                        .thenComparing(
                                entry -> entry.intervention().stageDueOn().orElse(LocalDate.MAX)))
                .toList();
    }

    /** How many of the entries stand in each stage, per scheme (schemes by code). */
    public static Map<String, Map<Stage, Long>> counts(List<PipelineEntry> entries) {
        Map<String, Map<Stage, Long>> counts = new TreeMap<>();
        for (PipelineEntry entry : entries) {
            counts.computeIfAbsent(entry.intervention().schemeCode(), scheme -> new EnumMap<>(Stage.class))
                    .merge(entry.intervention().stage(), 1L, Long::sum);
        }
        return counts;
    }

    /** How many of the entries are overdue in each stage, per scheme. */
    public static Map<String, Map<Stage, Long>> overdueCounts(List<PipelineEntry> entries) {
        return counts(entries.stream().filter(PipelineEntry::overdue).toList());
    }

    private PipelineEntry entry(Intervention intervention, LocalDate today, Map<Long, String> clusterNames) {
        String cluster = clusterNames.computeIfAbsent(
                intervention.clusterId(),
                id -> registry.summary(id).map(ClusterSummary::name).orElse("#" + id));
        long late = intervention
                .stageDueOn()
                .filter(due -> due.isBefore(today))
                .map(due -> ChronoUnit.DAYS.between(due, today))
                .orElse(0L);
        return new PipelineEntry(intervention, cluster, late > 0, late, StageDuties.whoMustAct(intervention.stage()));
    }
}
