package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.monitoring.evaluation.EvaluationSums;
import org.clusterdev.monitoring.evaluation.ProgrammeFigures;
import org.clusterdev.programme.Intervention;
import org.clusterdev.programme.Pipeline;
import org.clusterdev.programme.PipelineEntry;
import org.clusterdev.programme.PipelineFilter;
import org.clusterdev.programme.Scheme;
import org.clusterdev.programme.Schemes;
import org.clusterdev.programme.Stage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Scheme-level and policy-level reviews (issue 6, deliverable 9; seed 004 §4.5 item 22) generated from the data:
 * the programme's interventions and funding ledgers, approved indicator results and completed evaluations. They are
 * for the national and scheme side (administrators, the ministry, scheme administrators), who see every
 * intervention.
 */
@Service
public class SchemeReviews {

    /** Who reads scheme and policy reviews. */
    static final List<Role> REVIEWERS = List.of(Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR);

    /** The indicators a policy review adds up over all schemes. */
    static final List<String> POLICY_INDICATORS = List.of(
            "CONTRIBUTION_OTHER_AGENCIES",
            "CONTRIBUTION_PRIVATE",
            "LEARNING_DOCUMENTS",
            "UPSCALED",
            "JOINT_INITIATIVES",
            "LOCAL_INSTITUTIONS_CREATED",
            "PRIVATE_SHARE");

    static final ReportingPeriod FIRST = new ReportingPeriod(1990, 1);
    static final ReportingPeriod LAST = new ReportingPeriod(2100, 4);

    private final Pipeline pipeline;
    private final ProgrammeFigures figures;
    private final ResultsFramework framework;
    private final Schemes schemes;
    private final Dashboards dashboards;
    private final EvaluationSums sums;
    private final CurrentUser currentUser;

    SchemeReviews(
            Pipeline pipeline,
            ProgrammeFigures figures,
            ResultsFramework framework,
            Schemes schemes,
            Dashboards dashboards,
            EvaluationSums sums,
            CurrentUser currentUser) {
        this.pipeline = pipeline;
        this.figures = figures;
        this.framework = framework;
        this.schemes = schemes;
        this.dashboards = dashboards;
        this.sums = sums;
        this.currentUser = currentUser;
    }

    /** Whether the current user may read scheme and policy reviews. */
    public boolean mayReview() {
        // no state has LGD code -1 and no cluster is named, so only a national scope matches
        return currentUser.holds(REVIEWERS, -1, Optional.empty());
    }

    /**
     * The review of one scheme.
     *
     * @throws NoSuchElementException for an unknown scheme
     * @throws AccessDeniedException for a user who does not review schemes
     */
    public SchemeReview scheme(String code) {
        requireReviewer();
        Scheme scheme = schemes.find(code).orElseThrow(() -> new NoSuchElementException("no scheme " + code));
        List<PipelineEntry> entries = pipeline.entries(new PipelineFilter(Optional.of(code), Optional.empty(), false));
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : framework.indicators()) {
            result(indicator.code(), Optional.of(code), Optional.empty())
                    .filter(r -> r.actual().isPresent() || r.target().isPresent())
                    .ifPresent(results::add);
        }
        return review(scheme, entries, results, sums.byScheme().getOrDefault(code, EvaluationSummary.none()));
    }

    /**
     * The review across all schemes that have interventions.
     *
     * @throws AccessDeniedException for a user who does not review schemes
     */
    public PolicyReview policy() {
        requireReviewer();
        List<PipelineEntry> all = pipeline.entries(PipelineFilter.everything());
        Map<String, List<PipelineEntry>> byScheme = new TreeMap<>();
        all.forEach(e -> byScheme.computeIfAbsent(e.intervention().schemeCode(), s -> new ArrayList<>())
                .add(e));
        Map<String, EvaluationSummary> evaluations = sums.byScheme();
        List<SchemeReview> reviews = new ArrayList<>();
        byScheme.forEach((code, entries) -> schemes.find(code)
                .ifPresent(scheme -> reviews.add(
                        review(scheme, entries, List.of(), evaluations.getOrDefault(code, EvaluationSummary.none())))));
        ReviewFunding funding =
                reviews.stream().map(SchemeReview::funding).reduce(ReviewFunding.none(), ReviewFunding::plus);
        List<IndicatorResult> policyResults = POLICY_INDICATORS.stream()
                .flatMap(code -> result(code, Optional.empty(), Optional.empty()).stream())
                .toList();
        int thisYear = LocalDate.now(ZoneId.of("Asia/Kolkata")).getYear();
        return new PolicyReview(
                reviews,
                clustersUnderSeveralSchemes(all),
                sourcesPerIntervention(all),
                funding,
                total(evaluations.values(), sums.ratings(Optional.empty())),
                policyResults,
                sums.ratingsByYear(thisYear - 2),
                share("FIRMS_SUPPORTED", "SIZE_CLASS", "SIZE_CLASS:MICRO"),
                share("TRAINEES", "GENDER", "GENDER:WOMEN"));
    }

    private SchemeReview review(
            Scheme scheme, List<PipelineEntry> entries, List<IndicatorResult> results, EvaluationSummary evaluations) {
        Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        Set<Long> clusters = new HashSet<>();
        ReviewFunding funding = ReviewFunding.none();
        Map<String, Long> activityCost = new LinkedHashMap<>();
        for (PipelineEntry entry : entries) {
            Intervention intervention = entry.intervention();
            stages.merge(intervention.stage(), 1L, Long::sum);
            clusters.add(intervention.clusterId());
            funding = funding.plus(figures.money(intervention.id()).funding());
            figures.activityCost(intervention.id()).forEach((lead, cost) -> activityCost.merge(lead, cost, Long::sum));
        }
        return new SchemeReview(
                scheme.code(),
                scheme.name(),
                scheme.objective(),
                stages,
                clusters.size(),
                funding,
                activityCost,
                results,
                evaluations,
                sums.findings(scheme.code(), 50));
    }

    private long clustersUnderSeveralSchemes(List<PipelineEntry> entries) {
        Map<Long, Set<String>> schemesOf = new HashMap<>();
        entries.forEach(e -> schemesOf
                .computeIfAbsent(e.intervention().clusterId(), c -> new HashSet<>())
                .add(e.intervention().schemeCode()));
        return schemesOf.values().stream().filter(s -> s.size() > 1).count();
    }

    /** The mean number of sources that released or contributed money, over interventions with any money. */
    private Optional<BigDecimal> sourcesPerIntervention(List<PipelineEntry> entries) {
        long interventions = 0;
        long sources = 0;
        for (PipelineEntry entry : entries) {
            int used = figures.money(entry.intervention().id()).sources();
            if (used > 0) {
                interventions++;
                sources += used;
            }
        }
        return interventions == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(sources).divide(BigDecimal.valueOf(interventions), 2, RoundingMode.HALF_UP));
    }

    private Optional<IndicatorResult> result(String code, Optional<String> scheme, Optional<String> dimension) {
        DashboardView view = dashboards.dashboard(new DashboardQuery(
                code,
                Grouping.SCHEME,
                Optional.empty(),
                Optional.empty(),
                scheme,
                List.of(),
                FIRST,
                LAST,
                Approval.SCHEME_APPROVED,
                dimension));
        DashboardView.Row total = view.total();
        return Optional.of(new IndicatorResult(
                view.indicator(),
                total.actual(Breakdowns.TOTAL),
                total.target(Breakdowns.TOTAL),
                total.achievement(),
                total.interventions()));
    }

    /** A category's share of an indicator's approved actual over all schemes, in per cent. */
    private Optional<BigDecimal> share(String code, String dimension, String category) {
        DashboardView view = dashboards.dashboard(new DashboardQuery(
                code,
                Grouping.SCHEME,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                FIRST,
                LAST,
                Approval.SCHEME_APPROVED,
                Optional.of(dimension)));
        Optional<BigDecimal> whole = view.total().actual(Breakdowns.TOTAL).filter(t -> t.signum() != 0);
        Optional<BigDecimal> part = view.total().actual(category);
        return whole.flatMap(
                w -> part.map(p -> p.multiply(BigDecimal.valueOf(100)).divide(w, 1, RoundingMode.HALF_UP)));
    }

    private static EvaluationSummary total(
            java.util.Collection<EvaluationSummary> summaries, Map<Criterion, BigDecimal> ratings) {
        return new EvaluationSummary(
                summaries.stream().mapToLong(EvaluationSummary::midTerm).sum(),
                summaries.stream().mapToLong(EvaluationSummary::endOfProject).sum(),
                summaries.stream().mapToLong(EvaluationSummary::drafts).sum(),
                ratings,
                summaries.stream().mapToLong(EvaluationSummary::lessons).sum(),
                summaries.stream().mapToLong(EvaluationSummary::published).sum());
    }

    private void requireReviewer() {
        if (!mayReview()) {
            throw new AccessDeniedException("Scheme and policy reviews are for the national and scheme side.");
        }
    }
}
