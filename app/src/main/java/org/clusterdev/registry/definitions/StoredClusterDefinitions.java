package org.clusterdev.registry.definitions;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.registry.CandidateFacts;
import org.clusterdev.registry.ClusterDefinition;
import org.clusterdev.registry.ClusterDefinition.Unit;
import org.clusterdev.registry.ClusterDefinitions;
import org.clusterdev.registry.DefinitionAssessment;
import org.clusterdev.registry.DefinitionChanges;
import org.clusterdev.registry.DefinitionVerdict;
import org.clusterdev.registry.Maturity;
import org.clusterdev.registry.MaturityCutoff;
import org.clusterdev.registry.NotAClusterWarning;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The definitions as stored in the registry's tables, applied by the plain rules of this package. */
@Service
class StoredClusterDefinitions implements ClusterDefinitions {

    static final String AUDIT_TYPE = "cluster_definition";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DefinitionTable table;
    private final ClusterFactsQuery facts;
    private final AuditTrail audit;

    StoredClusterDefinitions(DefinitionTable table, ClusterFactsQuery facts, AuditTrail audit) {
        this.table = table;
        this.facts = facts;
        this.audit = audit;
    }

    @Override
    public List<ClusterDefinition> definitions() {
        return table.all();
    }

    @Override
    public Optional<ClusterDefinition> definition(String code) {
        return table.find(code);
    }

    @Override
    public List<MaturityCutoff> cutoffs() {
        return table.cutoffs();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DefinitionVerdict> evaluate(long clusterId) {
        return verdicts(cluster(clusterId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DefinitionVerdict> evaluate(CandidateFacts candidate) {
        ClusterFacts cluster = facts.facts(candidate);
        return table.all().stream()
                .map(definition -> DefinitionRule.evaluate(definition, cluster))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Maturity classify(long clusterId) {
        return MaturityRule.classify(table.cutoffs(), cluster(clusterId).figures());
    }

    @Override
    @Transactional(readOnly = true)
    public List<NotAClusterWarning> warnings(long clusterId) {
        return NotAClusterRules.warnings(cluster(clusterId));
    }

    @Override
    @Transactional(readOnly = true)
    public DefinitionAssessment assess(long clusterId) {
        ClusterFacts cluster = cluster(clusterId);
        return new DefinitionAssessment(
                clusterId,
                verdicts(cluster),
                MaturityRule.classify(table.cutoffs(), cluster.figures()),
                NotAClusterRules.warnings(cluster));
    }

    @Override
    @Transactional
    public ClusterDefinition update(String code, DefinitionChanges changes, int expectedVersion) {
        ClusterDefinition before =
                table.find(code).orElseThrow(() -> new NoSuchElementException("code: no cluster definition " + code));
        if (!before.editable()) {
            throw new IllegalStateException("code: the definition " + code + " is not editable");
        }
        if (before.unit() == Unit.POPULATION_SHARE && changes.minimum().compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("minimum: a population share is a percentage from 0 to 100");
        }
        if (before.version() != expectedVersion || !table.update(code, changes, expectedVersion)) {
            throw new IllegalStateException(
                    "version: someone else changed this definition meanwhile; reload it and make your change again");
        }
        ClusterDefinition after = table.find(code).orElseThrow();
        audit.record("UPDATE", AUDIT_TYPE, code, Optional.of(before), Optional.of(after));
        return after;
    }

    private ClusterFacts cluster(long clusterId) {
        return facts.facts(clusterId)
                .orElseThrow(() -> new NoSuchElementException("id: no cluster has the id " + clusterId));
    }

    /** Definitions written for the cluster's typology first, each group in the order of the definitions. */
    private List<DefinitionVerdict> verdicts(ClusterFacts cluster) {
        return table.all().stream()
                .sorted(Comparator.comparing(definition -> !DefinitionRule.appliesTo(definition, cluster)))
                .map(definition -> DefinitionRule.evaluate(definition, cluster))
                .toList();
    }
}
