package org.clusterdev.mapping.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.groups.Grouping;
import org.clusterdev.engine.groups.ProductGroups;
import org.clusterdev.engine.io.FirmReading;
import org.clusterdev.engine.mapping.ClusterMapping;
import org.clusterdev.engine.mapping.MappingResult;
import org.clusterdev.engine.summary.ClusterSummaries;
import org.clusterdev.engine.summary.ClusterSummary;
import org.clusterdev.engine.summary.Tally;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.mapping.MissingCluster;
import org.clusterdev.mapping.RunParameters;
import org.clusterdev.platform.JobId;
import org.clusterdev.platform.JobProgress;
import org.clusterdev.platform.Jobs;
import org.clusterdev.registry.ClusterDefinitions;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.DefinitionVerdict;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs a mapping as a background job: reads the data set (bad rows skipped), clusters each product group with the
 * engine, summarises the clusters, compares them with the registry and stores candidates and the registered
 * clusters not found, all in the job's one transaction; a failure or a cancellation leaves nothing.
 */
@Component
public class MappingJob {

    /** The job type, for job lists. */
    public static final String JOB_TYPE = "cluster-mapping";

    private static final int THREADS = 4;

    private final Jobs jobs;
    private final MappingTables tables;
    private final Datasets datasets;
    private final ClusterRegistry registry;
    private final ClusterDefinitions definitions;
    private final Geography geography;
    private final AuditTrail audit;
    private final MessageSource messages;

    MappingJob(
            Jobs jobs,
            MappingTables tables,
            Datasets datasets,
            ClusterRegistry registry,
            ClusterDefinitions definitions,
            Geography geography,
            AuditTrail audit,
            MessageSource messages) {
        this.jobs = jobs;
        this.tables = tables;
        this.datasets = datasets;
        this.registry = registry;
        this.definitions = definitions;
        this.geography = geography;
        this.audit = audit;
        this.messages = messages;
    }

    /** Submits the run's job; the run row must be committed already, as the job starts at once. */
    public JobId submit(long runId, RunParameters parameters, Path file, String fileName) {
        return jobs.submit(
                JOB_TYPE,
                text("mapping.job.title", runId, fileName),
                progress -> run(runId, parameters, file, progress));
    }

    private void run(long runId, RunParameters parameters, Path file, JobProgress progress) {
        try (Parallelism parallelism = Parallelism.threads(THREADS)) {
            Progress engineProgress = new EngineProgress(progress, messages, LocaleContextHolder.getLocale());
            FirmReading reading = datasets.read(file, parallelism, engineProgress);
            progress.checkCancelled();
            ProductGroups groups = Grouping.byNicPrefix(parameters.nicDigits()).assign(reading.firms());
            MappingResult result = mapping(parameters).map(reading.firms(), groups, parallelism, engineProgress);
            progress.checkCancelled();
            List<ClusterSummary> summaries =
                    new ClusterSummaries(List.of(), List.of()).summarise(result, parallelism, engineProgress);
            progress.checkCancelled();
            progress.message(text("mapping.stage.comparing"));
            Counts counts = store(runId, summaries, groups);
            tables.finishRun(
                    runId, reading.firms().size(), summaries.size(), counts.registered, counts.fresh, counts.notFound);
            audit.record("MAP", "mapping-run", Long.toString(runId), Optional.empty(), tables.run(runId));
            progress.message(text("mapping.job.done", summaries.size(), counts.registered, counts.fresh));
            progress.resultLink("/mapping/runs/" + runId);
        } catch (RuntimeException e) {
            throw EngineProgress.unwrapped(e);
        }
    }

    private static ClusterMapping mapping(RunParameters parameters) {
        DensityParameters density =
                new DensityParameters(parameters.epsKm(), parameters.minUnits(), parameters.minWeight());
        Optional<WeightColumn> weight = parameters.weightColumn().flatMap(WeightColumn::byName);
        return new ClusterMapping(density, weight);
    }

    private record Counts(int registered, int fresh, int notFound) {}

    private Counts store(long runId, List<ClusterSummary> summaries, ProductGroups groups) {
        RegistryMatching matching = new RegistryMatching(registry);
        List<State> states = geography.states();
        int registered = 0;
        for (ClusterSummary summary : summaries) {
            Optional<Long> match = matching.match(summary.group(), summary.centroid(), summary.extentKm())
                    .map(org.clusterdev.registry.ClusterSummary::id);
            registered += match.isPresent() ? 1 : 0;
            Optional<Integer> stateCode = top(summary.states())
                    .flatMap(name -> states.stream()
                            .filter(state -> state.name().equalsIgnoreCase(name))
                            .findFirst())
                    .map(State::code);
            tables.insertCandidate(new MappingTables.NewCandidate(
                    runId,
                    summary.group(),
                    summary.groupName(),
                    summary.cluster(),
                    summary.centroid().latitude(),
                    summary.centroid().longitude(),
                    summary.coreUnits(),
                    summary.borderUnits(),
                    summary.employment(),
                    summary.turnoverInr(),
                    summary.exportsInr(),
                    summary.extentKm(),
                    words(summary.states()),
                    words(summary.districts()),
                    words(summary.nicCodes()),
                    stateCode,
                    top(summary.districts()),
                    match,
                    weight(summary, WeightColumn.ARTISANS),
                    weight(summary, WeightColumn.LOOMS),
                    weight(summary, WeightColumn.FAMILIES),
                    definitionsMet(summary, stateCode)));
        }
        List<String> codes = new ArrayList<>();
        for (int g = 0; g < groups.count(); g++) {
            codes.add(groups.code(g));
        }
        List<MissingCluster> missing = matching.notFound(codes);
        missing.forEach(cluster -> tables.insertNotFound(runId, cluster));
        return new Counts(registered, summaries.size() - registered, missing.size());
    }

    private static Optional<Double> weight(ClusterSummary summary, WeightColumn column) {
        return Optional.ofNullable(summary.weights().get(column));
    }

    /** The registry definitions a candidate meets, by code; the page of a candidate says why it misses others. */
    private List<String> definitionsMet(ClusterSummary summary, Optional<Integer> stateCode) {
        return definitions
                .evaluate(CandidateFigures.of(
                        stateCode,
                        top(summary.districts()),
                        summary.centroid().latitude(),
                        summary.centroid().longitude(),
                        summary.extentKm(),
                        summary.units(),
                        weight(summary, WeightColumn.ARTISANS),
                        weight(summary, WeightColumn.LOOMS),
                        weight(summary, WeightColumn.FAMILIES),
                        summary.employment()))
                .stream()
                .filter(verdict -> verdict.outcome() == DefinitionVerdict.Outcome.MET)
                .map(DefinitionVerdict::code)
                .toList();
    }

    /** The name with most units, unless unknown. */
    private static Optional<String> top(List<Tally> tallies) {
        return tallies.stream()
                .map(Tally::name)
                .filter(name -> !name.isBlank() && !"unknown".equals(name))
                .findFirst();
    }

    /** Tallies in words, most first: "Rajkot (60), Morbi (3)". */
    private static String words(List<Tally> tallies) {
        return tallies.stream().map(t -> t.name() + " (" + t.units() + ")").collect(Collectors.joining(", "));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
