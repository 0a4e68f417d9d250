package org.clusterdev.programme.plan;

import java.util.List;
import java.util.Optional;
import org.clusterdev.programme.CatalogueActivity;
import org.clusterdev.programme.PlanActivityDraft;
import org.clusterdev.programme.PlanTerms;
import org.clusterdev.programme.StudyFinding;

/**
 * The first draft of a plan from the diagnostic study (seed 003: the action plan answers the study): one activity
 * per problem, of the first catalogue type of the problem's theme, titled by the problem, in the plan's first six
 * months, without budget. Planners then choose the right activity, dates, actor and money.
 */
public final class PlanSeeds {

    static final String RESPONSIBLE = "CDA";

    private PlanSeeds() {}

    /** One draft activity per problem whose theme the catalogue knows; problems of other themes are left out. */
    public static List<PlanActivityDraft> from(
            List<StudyFinding> findings, List<CatalogueActivity> catalogue, PlanTerms terms) {
        return findings.stream()
                .filter(f -> f.kind() == StudyFinding.Kind.PROBLEM)
                .flatMap(problem -> catalogue.stream()
                        .filter(type -> type.categoryCode().equals(problem.theme()))
                        .findFirst()
                        .map(type -> new PlanActivityDraft(
                                type.code(),
                                title(problem.description()),
                                Optional.empty(),
                                Optional.empty(),
                                terms.startsOn(),
                                terms.startsOn().plusMonths(6).minusDays(1),
                                RESPONSIBLE,
                                "",
                                problem.description(),
                                List.of()))
                        .stream())
                .toList();
    }

    private static String title(String problem) {
        return problem.length() <= 300 ? problem : problem.substring(0, 297) + "...";
    }
}
