package org.clusterdev.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * What a diagnostic study needs before the resource organisation may validate it: a participatory study (seed 003)
 * that describes the cluster, names its problems and says where it wants to go, with figures for the baseline.
 */
final class StudyRules {

    private StudyRules() {}

    /** Why the study may not be validated yet, each reason naming the rule; empty when it may. */
    static List<String> gaps(StudyDraft study) {
        List<String> gaps = new ArrayList<>();
        for (StudySection section :
                List.of(StudySection.PROFILE, StudySection.PRODUCTS_AND_MARKETS, StudySection.VISION)) {
            if (!study.sections().containsKey(section)) {
                gaps.add("sections." + section + ": a validated study describes " + section);
            }
        }
        if (study.findings().stream().noneMatch(finding -> finding.kind() == StudyFinding.Kind.PROBLEM)) {
            gaps.add("findings: a validated study names at least one problem by theme");
        }
        if (study.figures().isEmpty()) {
            gaps.add("figures: a validated study gives at least one baseline figure");
        }
        if (study.stakeholdersConsulted().size() < 3) {
            gaps.add("stakeholdersConsulted: a participatory study consults at least 3 stakeholders");
        }
        return gaps;
    }
}
