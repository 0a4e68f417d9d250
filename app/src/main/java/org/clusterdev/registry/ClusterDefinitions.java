package org.clusterdev.registry;

import java.util.List;
import java.util.Optional;

/**
 * The institutional cluster definitions (004 Table 1.4 and the discussants' rule of 004 §3.2) as data,
 * and what they say about a cluster: which definitions it meets and why it misses the others, how mature
 * it is (004 Table 1.5), and whether it may not be a cluster at all (004 Table 1.3). No definition is
 * hard-coded: administrators edit them, and every edit is audited.
 */
public interface ClusterDefinitions {

    /** Every definition, by institution and name. */
    List<ClusterDefinition> definitions();

    /** One definition by its code, when it exists. */
    Optional<ClusterDefinition> definition(String code);

    /** The maturity cut-offs, by parameter. */
    List<MaturityCutoff> cutoffs();

    /**
     * A verdict per definition for one cluster, judged on its latest figures and the district it lies in.
     * Definitions written for its typology come first.
     *
     * @throws java.util.NoSuchElementException when no cluster has this id
     */
    List<DefinitionVerdict> evaluate(long clusterId);

    /**
     * A verdict per definition for a cluster found in enterprise data and not registered: every definition is
     * checked, as such a cluster has no typology yet; regional relaxations apply where it lies.
     */
    List<DefinitionVerdict> evaluate(CandidateFacts candidate);

    /**
     * How mature one cluster is against the cut-offs, on its latest figures.
     *
     * @throws java.util.NoSuchElementException when no cluster has this id
     */
    Maturity classify(long clusterId);

    /**
     * Signs that one cluster may not be a cluster (004 Table 1.3); empty when none applies.
     *
     * @throws java.util.NoSuchElementException when no cluster has this id
     */
    List<NotAClusterWarning> warnings(long clusterId);

    /**
     * Verdicts, maturity and warnings of one cluster at once, reading the cluster only once.
     *
     * @throws java.util.NoSuchElementException when no cluster has this id
     */
    DefinitionAssessment assess(long clusterId);

    /**
     * Changes a definition, if nobody else changed it since the administrator read it, and records the
     * change in the audit trail.
     *
     * @param expectedVersion the {@link ClusterDefinition#version()} the administrator's form was built from
     * @return the definition as stored now, with its new version
     * @throws java.util.NoSuchElementException when no definition has this code
     * @throws IllegalArgumentException naming the field when a value is invalid; nothing is stored
     * @throws IllegalStateException when the definition changed meanwhile or is not editable; nothing is stored
     */
    ClusterDefinition update(String code, DefinitionChanges changes, int expectedVersion);
}
