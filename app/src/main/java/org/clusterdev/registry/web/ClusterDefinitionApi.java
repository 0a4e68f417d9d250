package org.clusterdev.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.clusterdev.registry.ClusterDefinition;
import org.clusterdev.registry.ClusterDefinitions;
import org.clusterdev.registry.DefinitionAssessment;
import org.clusterdev.registry.DefinitionVerdict;
import org.clusterdev.registry.Maturity;
import org.clusterdev.registry.MaturityCutoff;
import org.clusterdev.registry.NotAClusterWarning;
import org.clusterdev.registry.Reason;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cluster definitions and what they say about each cluster, as JSON. Every reason carries its message
 * key and arguments for programs and the sentence in the requested language ({@code ?lang=hi}) for people.
 */
@RestController
@Tag(name = "Cluster definitions", description = "Institutional cluster definitions and the verdicts on each cluster")
class ClusterDefinitionApi {

    private final ClusterDefinitions definitions;
    private final DefinitionTexts texts;

    ClusterDefinitionApi(ClusterDefinitions definitions, DefinitionTexts texts) {
        this.definitions = definitions;
        this.texts = texts;
    }

    @GetMapping("/api/v1/clusters/definitions")
    @Operation(summary = "Every institutional cluster definition and the maturity cut-offs")
    DefinitionsView definitions() {
        return new DefinitionsView(definitions.definitions(), definitions.cutoffs());
    }

    @GetMapping("/api/v1/clusters/{id}/definitions")
    @Operation(
            summary = "Which definitions a cluster meets, why it misses the others, its maturity and warnings",
            description = "404 problem when no cluster has the id")
    AssessmentView assessment(@PathVariable long id) {
        DefinitionAssessment assessment = definitions.assess(id);
        return new AssessmentView(
                assessment.clusterId(),
                assessment.verdicts().stream().map(this::verdict).toList(),
                maturity(assessment.maturity()),
                assessment.warnings().stream()
                        .map(warning -> new WarningView(warning.kind(), reason(warning.reason())))
                        .toList());
    }

    private VerdictView verdict(DefinitionVerdict verdict) {
        return new VerdictView(
                verdict.code(),
                verdict.institution(),
                verdict.name(),
                verdict.outcome(),
                verdict.reasons().stream().map(this::reason).toList(),
                verdict.notes().stream().map(this::reason).toList());
    }

    private MaturityView maturity(Maturity maturity) {
        return new MaturityView(
                maturity.level(),
                maturity.parameters().stream()
                        .map(parameter ->
                                new ParameterView(parameter.parameter(), parameter.level(), reason(parameter.reason())))
                        .toList());
    }

    private ReasonView reason(Reason reason) {
        return new ReasonView(reason.key(), reason.args(), texts.text(reason));
    }

    record DefinitionsView(List<ClusterDefinition> definitions, List<MaturityCutoff> cutoffs) {}

    record AssessmentView(
            long clusterId, List<VerdictView> verdicts, MaturityView maturity, List<WarningView> warnings) {}

    record VerdictView(
            String code,
            String institution,
            String name,
            DefinitionVerdict.Outcome outcome,
            List<ReasonView> reasons,
            List<ReasonView> notes) {}

    /**
     * One reason.
     *
     * @param args numbers, text, {"key": ...} for a translated word, {"rupees": ...} for money
     * @param text the sentence in the requested language
     */
    record ReasonView(String key, List<Object> args, String text) {}

    record MaturityView(Maturity.Level level, List<ParameterView> parameters) {}

    record ParameterView(String parameter, Maturity.Level level, ReasonView reason) {}

    record WarningView(NotAClusterWarning.Kind kind, ReasonView reason) {}
}
