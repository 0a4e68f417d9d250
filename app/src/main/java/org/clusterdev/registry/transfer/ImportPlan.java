package org.clusterdev.registry.transfer;

import java.util.List;
import org.clusterdev.platform.JobProgress;

/**
 * A checked file: its problems, or what each row will do and the work that does it.
 *
 * @param problems every problem found; when there is any, {@code work} must not run
 * @param outcomes what each row will do, in file order
 * @param work writes every change; runs inside the caller's transaction
 */
record ImportPlan(ImportKind kind, List<ImportProblem> problems, List<RowOutcome> outcomes, Work work) {

    /** Writes the changes of a checked file, reporting progress row by row. */
    @FunctionalInterface
    interface Work {
        void apply(JobProgress progress);
    }

    static ImportPlan refused(ImportKind kind, List<ImportProblem> problems) {
        return new ImportPlan(kind, problems, List.of(), progress -> {
            throw new IllegalStateException("a refused file cannot be applied");
        });
    }

    long count(RowOutcome.Outcome outcome) {
        return outcomes.stream().filter(row -> row.outcome() == outcome).count();
    }

    ImportPreview preview() {
        return new ImportPreview(
                kind,
                outcomes.size(),
                (int) count(RowOutcome.Outcome.NEW),
                (int) count(RowOutcome.Outcome.UPDATED),
                (int) count(RowOutcome.Outcome.UNCHANGED),
                outcomes.stream().limit(ImportPreview.ROWS_SHOWN).toList(),
                problems);
    }
}
