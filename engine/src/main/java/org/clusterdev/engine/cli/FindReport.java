package org.clusterdev.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.clusterdev.engine.io.FirmReading;
import org.clusterdev.engine.io.RowProblem;
import org.clusterdev.engine.mapping.MappingResult;
import org.clusterdev.engine.summary.ClusterDefinition;
import org.clusterdev.engine.summary.ClusterSummary;

/** The short report {@code find} prints. */
final class FindReport {

    private final PrintWriter out;

    FindReport(PrintWriter out) {
        this.out = out;
    }

    void print(
            Path input,
            FirmReading reading,
            MappingResult result,
            List<ClusterSummary> summaries,
            List<ClusterDefinition> definitions,
            Path labels,
            Path clusters,
            Stopwatch clock) {
        out.printf(Locale.ROOT, "read %,d firms from %s%s%n", reading.firms().size(), input, readNotes(reading));
        for (RowProblem problem :
                reading.problems().subList(0, Math.min(10, reading.problems().size()))) {
            out.println("  skipped " + problem);
        }
        if (reading.problemCount() > 10) {
            out.printf(Locale.ROOT, "  ... and %,d more skipped rows%n", reading.problemCount() - 10);
        }
        out.printf(
                Locale.ROOT,
                "eps %s km, at least %d units%s; %d group%s%s%n",
                number(result.parameters().epsKm()),
                result.parameters().minUnits(),
                result.weight()
                        .map(w -> " and " + number(result.parameters().minWeight()) + " " + w.columnName())
                        .orElse(""),
                result.groups().count(),
                result.groups().count() == 1 ? "" : "s",
                result.groups().ungroupedCount() > 0
                        ? String.format(
                                Locale.ROOT,
                                " (%,d firms in no group)",
                                result.groups().ungroupedCount())
                        : "");
        long[] kinds = result.coreBorderNoise();
        out.printf(
                Locale.ROOT,
                "found %,d clusters: %,d core, %,d border and %,d noise units%n",
                result.clusterCount(),
                kinds[0],
                kinds[1],
                kinds[2]);
        summaries.stream()
                .sorted((a, b) -> Integer.compare(b.units(), a.units()))
                .limit(5)
                .forEach(s -> out.printf(
                        Locale.ROOT,
                        "  cluster %d (%s): %,d units around %s, %.1f km across%n",
                        s.cluster(),
                        s.group(),
                        s.units(),
                        place(s),
                        2 * s.extentKm()));
        for (int d = 0; d < definitions.size(); d++) {
            int index = d;
            long met = summaries.stream()
                    .filter(s -> s.definitions().get(index).met())
                    .count();
            out.printf(
                    Locale.ROOT,
                    "  %-16s met by %,d cluster%s%n",
                    definitions.get(d).code(),
                    met,
                    met == 1 ? "" : "s");
        }
        out.printf(Locale.ROOT, "wrote %s and %s%n", labels, clusters);
        out.println("took " + clock);
        out.flush();
    }

    private static String readNotes(FirmReading reading) {
        StringBuilder notes = new StringBuilder();
        if (reading.problemCount() > 0) {
            notes.append(String.format(Locale.ROOT, "; %,d bad rows skipped", reading.problemCount()));
        }
        if (reading.located() > 0) {
            notes.append(String.format(Locale.ROOT, "; %,d located by PIN code", reading.located()));
        }
        if (!reading.ignoredColumns().isEmpty()) {
            notes.append("; ignored columns: ").append(String.join(", ", reading.ignoredColumns()));
        }
        return notes.toString();
    }

    private static String place(ClusterSummary summary) {
        String district =
                summary.districts().isEmpty() ? "" : summary.districts().get(0).name();
        String state = summary.states().isEmpty() ? "" : summary.states().get(0).name();
        String where = String.format(
                Locale.ROOT,
                "%.4f, %.4f",
                summary.centroid().latitude(),
                summary.centroid().longitude());
        if (!district.isEmpty()) {
            where += " (" + district + (state.isEmpty() ? "" : ", " + state) + ")";
        }
        return where;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
