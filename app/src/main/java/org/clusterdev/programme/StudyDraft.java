package org.clusterdev.programme;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * What a CDA or implementing agency writes into a diagnostic study.
 *
 * @param sections the text of each chapter written so far
 * @param findings problems and opportunities by theme
 * @param figures the baseline figures; one per indicator
 * @param stakeholdersConsulted who took part (firms, associations, banks, institutions), one per entry
 */
public record StudyDraft(
        Map<StudySection, String> sections,
        List<StudyFinding> findings,
        List<BaselineFigure> figures,
        List<String> stakeholdersConsulted) {

    public StudyDraft {
        Map<StudySection, String> written = new EnumMap<>(StudySection.class);
        sections.forEach((section, text) -> {
            if (text != null && !text.isBlank()) {
                written.put(section, text.strip());
            }
        });
        sections = Map.copyOf(written);
        findings = List.copyOf(findings);
        figures = List.copyOf(figures);
        var indicators = new HashSet<String>();
        figures.stream()
                .filter(figure -> !indicators.add(figure.indicator()))
                .findFirst()
                .ifPresent(figure -> {
                    throw new IllegalArgumentException("figures.indicator: " + figure.indicator() + " appears twice");
                });
        stakeholdersConsulted = stakeholdersConsulted.stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }
}
