package org.clusterdev.programme.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterdev.programme.PlanActivity;
import org.clusterdev.programme.PlanBudgetLine;
import org.clusterdev.programme.PlanDiff;
import org.clusterdev.programme.PlanDiff.ActivityChange;
import org.clusterdev.programme.PlanDiff.FieldChange;
import org.clusterdev.programme.PlanDiff.Kind;
import org.clusterdev.programme.PlanTerms;
import org.clusterdev.programme.PlanVersion;

/**
 * Compares two versions of an action plan. Activities are matched by their key, which a revision keeps, so a
 * renamed activity shows as changed rather than as one removed and another added.
 */
public final class PlanComparison {

    private PlanComparison() {}

    /** What changed from {@code earlier} to {@code later}; either may be the newer one. */
    public static PlanDiff between(PlanVersion earlier, PlanVersion later) {
        Map<Integer, PlanActivity> before = byKey(earlier.activities());
        Map<Integer, PlanActivity> after = byKey(later.activities());
        List<ActivityChange> changes = new ArrayList<>();
        for (int key : new TreeSet<>(union(before, after))) {
            PlanActivity a = before.get(key);
            PlanActivity b = after.get(key);
            if (a == null) {
                changes.add(new ActivityChange(Kind.ADDED, key, b.title(), List.of(), 0, b.total()));
            } else if (b == null) {
                changes.add(new ActivityChange(Kind.REMOVED, key, a.title(), List.of(), a.total(), 0));
            } else {
                List<FieldChange> fields = activityFields(a, b);
                if (!fields.isEmpty()) {
                    changes.add(new ActivityChange(Kind.CHANGED, key, b.title(), fields, a.total(), b.total()));
                }
            }
        }
        return new PlanDiff(
                earlier.number(),
                later.number(),
                later.reason(),
                termFields(earlier.terms(), later.terms()),
                changes,
                delta(earlier.allLines(), later.allLines(), PlanBudgetLine::source),
                delta(earlier.allLines(), later.allLines(), PlanBudgetLine::year),
                earlier.total(),
                later.total());
    }

    private static List<FieldChange> activityFields(PlanActivity a, PlanActivity b) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "activityType", a.activityTypeCode(), b.activityTypeCode());
        compare(fields, "title", a.title(), b.title());
        compare(fields, "matrixIntervention", a.matrixIntervention(), b.matrixIntervention());
        compare(fields, "matrixNature", a.matrixNature(), b.matrixNature());
        compare(fields, "support", a.support(), b.support());
        compare(fields, "startsOn", a.startsOn(), b.startsOn());
        compare(fields, "endsOn", a.endsOn(), b.endsOn());
        compare(fields, "responsible", a.responsible(), b.responsible());
        compare(fields, "outputs", a.outputs(), b.outputs());
        compare(fields, "indicators", a.indicators(), b.indicators());
        compare(fields, "budget", linesText(a.lines()), linesText(b.lines()));
        return fields;
    }

    private static List<FieldChange> termFields(PlanTerms a, PlanTerms b) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "startsOn", a.startsOn(), b.startsOn());
        compare(fields, "durationYears", a.durationYears(), b.durationYears());
        compare(fields, "spvMembers", text(a.spvMembers()), text(b.spvMembers()));
        compare(
                fields,
                "largestMemberEquity",
                text(a.largestMemberEquity().map(e -> e.stripTrailingZeros().toPlainString())),
                text(b.largestMemberEquity().map(e -> e.stripTrailingZeros().toPlainString())));
        compare(fields, "landCost", text(a.landCost()), text(b.landCost()));
        return fields;
    }

    /** Budget lines as "year 1 CENTRAL 500000; year 2 ..." so a change of any line shows. */
    private static String linesText(List<PlanBudgetLine> lines) {
        return lines.stream()
                .sorted(java.util.Comparator.comparingInt(PlanBudgetLine::year).thenComparing(PlanBudgetLine::source))
                .map(line -> "year " + line.year() + " " + line.source() + " " + line.amount())
                .collect(Collectors.joining("; "));
    }

    private static <K extends Comparable<K>> Map<K, Long> delta(
            List<PlanBudgetLine> before, List<PlanBudgetLine> after, Function<PlanBudgetLine, K> by) {
        Map<K, Long> sums = new TreeMap<>();
        before.forEach(line -> sums.merge(by.apply(line), -line.amount(), Long::sum));
        after.forEach(line -> sums.merge(by.apply(line), line.amount(), Long::sum));
        Map<K, Long> changed = new LinkedHashMap<>();
        sums.forEach((key, value) -> {
            if (value != 0) {
                changed.put(key, value);
            }
        });
        return changed;
    }

    private static void compare(List<FieldChange> fields, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field, String.valueOf(before), String.valueOf(after)));
        }
    }

    private static String text(Optional<?> value) {
        return value.map(String::valueOf).orElse("");
    }

    private static Map<Integer, PlanActivity> byKey(List<PlanActivity> activities) {
        return activities.stream().collect(Collectors.toMap(PlanActivity::key, a -> a));
    }

    private static java.util.Set<Integer> union(Map<Integer, ?> a, Map<Integer, ?> b) {
        java.util.Set<Integer> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
