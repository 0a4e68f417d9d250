package org.clusterdev.programme.funding;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.programme.funding.BudgetUnderReview.DurationClass;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSummary;
import org.clusterdev.registry.Typology;
import org.springframework.stereotype.Component;

/**
 * Which minimum duration applies to a cluster, from its typology in the registry: traditional manufacturing, or
 * micro enterprise (poverty-intensive) with its handloom, handicraft and other children.
 */
@Component
public class DurationClasses {

    private final ClusterRegistry registry;

    DurationClasses(ClusterRegistry registry) {
        this.registry = registry;
    }

    /** The class of the cluster; NONE for a cluster the registry does not know or a typology without a minimum. */
    public DurationClass of(long clusterId) {
        Map<String, Optional<String>> parents =
                registry.typologies().stream().collect(Collectors.toMap(Typology::code, Typology::parentCode));
        Optional<String> code = registry.summary(clusterId).map(ClusterSummary::typologyCode);
        while (code.isPresent()) {
            switch (code.get()) {
                case "TRADITIONAL_MANUFACTURING" -> {
                    return DurationClass.TRADITIONAL_MANUFACTURING;
                }
                case "MICRO" -> {
                    return DurationClass.POVERTY_INTENSIVE;
                }
                default -> code = parents.getOrDefault(code.get(), Optional.empty());
            }
        }
        return DurationClass.NONE;
    }
}
