package org.clusterdev.programme;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diagnostic study of an intervention's cluster as structured data, with its validation by the resource
 * organisation.
 *
 * @param validatedBy who validated it; absent while it awaits validation
 * @param version the version an editor must name to change it
 */
public record DiagnosticStudy(
        long interventionId,
        Map<StudySection, String> sections,
        List<StudyFinding> findings,
        List<BaselineFigure> figures,
        List<String> stakeholdersConsulted,
        String preparedBy,
        Optional<String> validatedBy,
        Optional<Instant> validatedAt,
        Optional<String> validationNote,
        int version) {

    /** Whether the resource organisation validated it. */
    public boolean validated() {
        return validatedBy.isPresent();
    }

    /** The problems it found, by theme in the order written: what the draft action plan starts from. */
    public List<StudyFinding> problems() {
        return findings.stream()
                .filter(finding -> finding.kind() == StudyFinding.Kind.PROBLEM)
                .toList();
    }
}
