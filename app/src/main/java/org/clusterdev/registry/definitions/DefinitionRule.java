package org.clusterdev.registry.definitions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterdev.registry.ClusterDefinition;
import org.clusterdev.registry.ClusterDefinition.Relaxation;
import org.clusterdev.registry.ClusterDefinition.Unit;
import org.clusterdev.registry.DefinitionVerdict;
import org.clusterdev.registry.DefinitionVerdict.Outcome;
import org.clusterdev.registry.Reason;
import org.clusterdev.registry.Reason.Key;

/**
 * Judges one cluster against one definition, in this order:
 *
 * <ol>
 *   <li>typology: a definition written for another typology is missed;
 *   <li>count: the figure of the definition's unit against its minimum, lowered by a relaxation for a
 *       region the cluster lies in, and its maximum; a missing figure means "cannot tell";
 *   <li>radius: the cluster's extent (from its drawn boundary) against the radius; beyond it the
 *       definition is missed, unless a travel time is an alternative, which the registry cannot check;
 *   <li>notes: what the registry cannot check (population condition, travel time, area in words, an
 *       unknown extent) is reported without changing the outcome.
 * </ol>
 */
final class DefinitionRule {

    private DefinitionRule() {}

    static DefinitionVerdict evaluate(ClusterDefinition definition, ClusterFacts cluster) {
        Findings findings = new Findings();
        if (!appliesTo(definition, cluster)) {
            findings.fail(Reason.of(
                    "definitions.reason.typology",
                    new Key("typology." + definition.appliesTo().orElseThrow()),
                    new Key("typology." + cluster.typologyCode().orElseThrow())));
            return findings.verdict(definition);
        }
        if (definition.unit() == Unit.POPULATION_SHARE) {
            checkShare(definition, cluster, findings);
        } else {
            checkCount(definition, cluster, findings);
        }
        checkRadius(definition, cluster, findings);
        addNotes(definition, findings);
        return findings.verdict(definition);
    }

    /** Whether a definition is written for the cluster's typology or for its parent (or for any); a cluster without a typology yet is checked against every definition. */
    static boolean appliesTo(ClusterDefinition definition, ClusterFacts cluster) {
        return definition
                .appliesTo()
                .map(typology -> cluster.typologyCode().isEmpty()
                        || cluster.typologyCode().get().equals(typology)
                        || cluster.typologyParent().filter(typology::equals).isPresent())
                .orElse(true);
    }

    private static void checkCount(ClusterDefinition definition, ClusterFacts cluster, Findings findings) {
        if (definition.minimum().signum() == 0 && definition.maximum().isEmpty()) {
            return; // the definition sets no count at all
        }
        Key unit = new Key("definitions.unit." + definition.unit().name());
        if (!ClusterFacts.Figures.records(definition.unit())) {
            findings.unknown(Reason.of("definitions.reason.unrecorded", unit));
            return;
        }
        Optional<Long> count = cluster.figures().count(definition.unit());
        if (count.isEmpty()) {
            findings.unknown(Reason.of("definitions.reason.missing", unit));
            return;
        }
        checkMinimum(definition, cluster, count.get(), unit, findings);
        definition.maximum().ifPresent(maximum -> {
            if (BigDecimal.valueOf(count.get()).compareTo(maximum) > 0) {
                findings.fail(Reason.of("definitions.reason.above", count.get(), unit, plain(maximum)));
            }
        });
    }

    private static void checkMinimum(
            ClusterDefinition definition, ClusterFacts cluster, long count, Key unit, Findings findings) {
        Optional<Relaxation> relaxation = definition.relaxationIn(cluster.regions());
        BigDecimal needed = relaxation.map(Relaxation::minimum).orElse(definition.minimum());
        boolean enough = BigDecimal.valueOf(count).compareTo(needed) >= 0;
        Reason reason = relaxation.isEmpty()
                ? Reason.of(
                        enough ? "definitions.reason.enough" : "definitions.reason.below", count, unit, plain(needed))
                : Reason.of(
                        enough ? "definitions.reason.enoughRelaxed" : "definitions.reason.belowRelaxed",
                        count,
                        unit,
                        plain(needed),
                        new Key("definitions.region."
                                + relaxation.get().region().name()),
                        plain(definition.minimum()));
        findings.check(enough, reason);
    }

    /** A population share must be strictly more than the minimum ("more than 75% minorities"). */
    private static void checkShare(ClusterDefinition definition, ClusterFacts cluster, Findings findings) {
        Optional<BigDecimal> share = cluster.figures().minorityShare();
        if (share.isEmpty()) {
            findings.unknown(Reason.of("definitions.reason.shareMissing"));
            return;
        }
        boolean enough = share.get().compareTo(definition.minimum()) > 0;
        findings.check(
                enough,
                Reason.of(
                        enough ? "definitions.reason.shareEnough" : "definitions.reason.shareBelow",
                        plain(share.get()),
                        plain(definition.minimum())));
    }

    private static void checkRadius(ClusterDefinition definition, ClusterFacts cluster, Findings findings) {
        if (definition.radiusKm().isEmpty()) {
            return;
        }
        BigDecimal radius = plain(definition.radiusKm().get());
        Optional<Double> extent = cluster.measuredExtentKm()
                .or(() -> ClusterExtent.radiusKm(cluster.centre(), cluster.boundaryGeojson()));
        if (extent.isEmpty()) {
            findings.note(Reason.of("definitions.note.extentUnknown", radius));
            definition.travelHours().ifPresent(hours -> findings.note(travelNote(hours)));
            return;
        }
        BigDecimal reach = BigDecimal.valueOf(extent.get()).setScale(1, RoundingMode.HALF_UP);
        if (reach.compareTo(radius) <= 0) {
            findings.pass(Reason.of("definitions.reason.withinRadius", plain(reach), radius));
        } else if (definition.travelHours().isPresent()) {
            findings.unknown(Reason.of(
                    "definitions.reason.beyondRadiusTravel",
                    plain(reach),
                    radius,
                    plain(definition.travelHours().get())));
        } else {
            findings.fail(Reason.of("definitions.reason.beyondRadius", plain(reach), radius));
        }
    }

    private static void addNotes(ClusterDefinition definition, Findings findings) {
        if (definition.radiusKm().isEmpty()) {
            definition.travelHours().ifPresent(hours -> findings.note(travelNote(hours)));
            if (definition.travelHours().isEmpty()) {
                definition.areaText().ifPresent(area -> findings.note(Reason.of("definitions.note.area", area)));
            }
        }
        if (definition.unit() != Unit.POPULATION_SHARE) {
            definition
                    .populationCondition()
                    .ifPresent(condition -> findings.note(Reason.of("definitions.note.condition", condition)));
        }
    }

    private static Reason travelNote(BigDecimal hours) {
        return Reason.of("definitions.note.travel", plain(hours));
    }

    /** 500 rather than 500.00 or 5E+2, so messages and JSON show the number as people write it. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The checks made so far and what they decide. */
    private static final class Findings {

        private final List<Reason> reasons = new ArrayList<>();
        private final List<Reason> notes = new ArrayList<>();
        private boolean failed;
        private boolean unknown;
        private boolean passed;

        void check(boolean holds, Reason reason) {
            if (holds) {
                pass(reason);
            } else {
                fail(reason);
            }
        }

        void pass(Reason reason) {
            passed = true;
            reasons.add(reason);
        }

        void fail(Reason reason) {
            failed = true;
            reasons.add(reason);
        }

        void unknown(Reason reason) {
            unknown = true;
            reasons.add(reason);
        }

        void note(Reason reason) {
            notes.add(reason);
        }

        DefinitionVerdict verdict(ClusterDefinition definition) {
            Outcome outcome = failed ? Outcome.MISSED : unknown || !passed ? Outcome.CANNOT_TELL : Outcome.MET;
            List<Reason> shown = reasons.isEmpty() ? List.of(Reason.of("definitions.reason.nothingToCheck")) : reasons;
            return new DefinitionVerdict(
                    definition.code(), definition.institution(), definition.name(), outcome, shown, notes);
        }
    }
}
