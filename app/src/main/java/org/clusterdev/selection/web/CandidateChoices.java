package org.clusterdev.selection.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.selection.Agencies;
import org.clusterdev.selection.Candidate;
import org.clusterdev.selection.Cdas;
import org.clusterdev.selection.Round;
import org.springframework.stereotype.Component;

/** What the chair may add to a round: the clusters, agencies or CDAs of its scope not yet in it. */
@Component
class CandidateChoices {

    private final ClusterRegistry registry;
    private final Agencies agencies;
    private final Cdas cdas;

    CandidateChoices(ClusterRegistry registry, Agencies agencies, Cdas cdas) {
        this.registry = registry;
        this.agencies = agencies;
        this.cdas = cdas;
    }

    /** One choice in the chair's list. */
    record Choice(long id, String name, int stateCode) {}

    List<Choice> of(Round round) {
        Set<Long> taken =
                round.candidates().stream().map(Candidate::referenceId).collect(Collectors.toSet());
        List<Choice> all = switch (round.kind()) {
            case CLUSTER ->
                registry.all().stream()
                        .map(c -> new Choice(c.id(), c.name(), c.stateCode()))
                        .toList();
            case AGENCY ->
                agencies.all().stream()
                        .map(a -> new Choice(a.id(), a.name(), a.stateCode()))
                        .toList();
            case CDA ->
                cdas.all().stream()
                        .map(c -> new Choice(c.id(), c.name(), c.stateCode()))
                        .toList();
        };
        return all.stream()
                .filter(choice -> !taken.contains(choice.id()))
                .filter(choice -> round.stateCode() == null || round.stateCode() == choice.stateCode())
                .toList();
    }
}
