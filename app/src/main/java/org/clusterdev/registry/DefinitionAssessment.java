package org.clusterdev.registry;

import java.util.List;

/**
 * Everything the registry can say about one cluster against the definitions: a verdict per definition,
 * its maturity, and warnings that it may not be a cluster.
 */
public record DefinitionAssessment(
        long clusterId, List<DefinitionVerdict> verdicts, Maturity maturity, List<NotAClusterWarning> warnings) {

    public DefinitionAssessment {
        verdicts = List.copyOf(verdicts);
        warnings = List.copyOf(warnings);
    }
}
