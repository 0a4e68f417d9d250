package org.clusterdev.programme.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusterdev.programme.BaselineFigure;
import org.clusterdev.programme.DiagnosticStudy;
import org.clusterdev.programme.StudyDraft;
import org.clusterdev.programme.StudyFinding;
import org.clusterdev.programme.StudySection;

/**
 * The diagnostic study form as typed: one text area per chapter ({@code section.PROFILE}, ...), and three lists
 * one entry a line: findings as {@code THEME | PROBLEM or OPPORTUNITY | description}, figures as
 * {@code indicator | value | unit | year}, and stakeholders consulted.
 */
record StudyForm(Map<String, String> sections, String findings, String figures, String stakeholders, int version) {

    static StudyForm of(DiagnosticStudy study) {
        Map<String, String> sections = new java.util.HashMap<>();
        study.sections().forEach((section, text) -> sections.put(section.name(), text));
        return new StudyForm(
                sections,
                study.findings().stream()
                        .map(f -> f.theme() + " | " + f.kind() + " | " + f.description())
                        .collect(Collectors.joining("\n")),
                study.figures().stream()
                        .map(f -> f.indicator() + " | "
                                + f.value().stripTrailingZeros().toPlainString() + " | " + f.unit() + " | " + f.year())
                        .collect(Collectors.joining("\n")),
                String.join("\n", study.stakeholdersConsulted()),
                study.version());
    }

    static StudyForm blank() {
        return new StudyForm(Map.of(), "", "", "", -1);
    }

    static StudyForm from(Map<String, String> parameters) {
        Map<String, String> sections = new java.util.HashMap<>();
        for (StudySection section : StudySection.values()) {
            sections.put(section.name(), parameters.getOrDefault("section." + section, ""));
        }
        int version;
        try {
            version = Integer.parseInt(parameters.getOrDefault("version", "-1").strip());
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new StudyForm(
                sections,
                parameters.getOrDefault("findings", ""),
                parameters.getOrDefault("figures", ""),
                parameters.getOrDefault("stakeholders", ""),
                version);
    }

    /** The text typed for a chapter. */
    public String section(StudySection section) {
        return sections.getOrDefault(section.name(), "");
    }

    /**
     * The study the form describes.
     *
     * @throws IllegalArgumentException naming the list and line that cannot be read
     */
    StudyDraft toDraft() {
        Map<StudySection, String> chapters = new EnumMap<>(StudySection.class);
        for (StudySection section : StudySection.values()) {
            chapters.put(section, section(section));
        }
        List<StudyFinding> findingList = new ArrayList<>();
        List<String> findingLines = lines(findings);
        for (int i = 0; i < findingLines.size(); i++) {
            String[] parts = findingLines.get(i).split("\\|", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("findings: line " + (i + 1) + " needs THEME | KIND | description");
            }
            StudyFinding.Kind kind;
            try {
                kind = StudyFinding.Kind.valueOf(parts[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "findings: line " + (i + 1) + ": the kind is PROBLEM or OPPORTUNITY");
            }
            findingList.add(new StudyFinding(parts[0].strip(), kind, parts[2]));
        }
        List<BaselineFigure> figureList = new ArrayList<>();
        List<String> figureLines = lines(figures);
        for (int i = 0; i < figureLines.size(); i++) {
            String[] parts = figureLines.get(i).split("\\|");
            if (parts.length != 4) {
                throw new IllegalArgumentException(
                        "figures: line " + (i + 1) + " needs indicator | value | unit | year");
            }
            try {
                figureList.add(new BaselineFigure(
                        parts[0], new BigDecimal(parts[1].strip()), parts[2], Integer.parseInt(parts[3].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("figures: line " + (i + 1) + ": the value and the year are numbers");
            }
        }
        return new StudyDraft(chapters, findingList, figureList, lines(stakeholders));
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
