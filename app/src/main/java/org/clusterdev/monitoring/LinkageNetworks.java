package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.clusterdev.programme.InterventionRef;
import org.clusterdev.programme.Interventions;
import org.clusterdev.programme.TrustActivity;
import org.clusterdev.programme.TrustBuilding;
import org.clusterdev.registry.ClusterProfile;
import org.clusterdev.registry.ClusterProfiles;
import org.springframework.stereotype.Service;

/**
 * Measures a cluster's stakeholder network year by year (see {@link NetworkYear}) from the registry's actors and
 * linkages, the programme's trust-building records and the local institutions recorded here.
 */
@Service
public class LinkageNetworks {

    /**
     * The trust-building activities of seed 004 Annex 2.2 in which firms act together: a joint pilot initiative,
     * association formation, networking and the formation of a consortium. Awareness programmes, workshops, meetings
     * and visits bring firms to one place without a joint undertaking.
     */
    public static final Set<String> JOINT_ACTIVITIES = Set.of("TB05", "TB06", "TB07", "TB08");

    /** The bodies whose members count as firms in networks or consortia. */
    static final Set<String> NETWORK_BODIES = Set.of("NETWORK", "CONSORTIUM", "SPV");

    private static final int MOST_YEARS = 30;

    private final ClusterProfiles profiles;
    private final Interventions interventions;
    private final TrustBuilding trustBuilding;
    private final LocalInstitutions institutions;

    LinkageNetworks(
            ClusterProfiles profiles,
            Interventions interventions,
            TrustBuilding trustBuilding,
            LocalInstitutions institutions) {
        this.profiles = profiles;
        this.interventions = interventions;
        this.trustBuilding = trustBuilding;
        this.institutions = institutions;
    }

    /**
     * The network of a cluster in each financial year from {@code fromYear} to {@code toYear}; by default from the
     * first year with a dated record (at most 30 years back) to the current one.
     *
     * @throws NoSuchElementException "clusterId: ..." when no cluster has this id
     * @throws IllegalArgumentException "toYear: ..." when the years are in the wrong order or span over 30 years
     */
    public List<NetworkYear> years(long clusterId, Optional<Integer> fromYear, Optional<Integer> toYear) {
        ClusterProfile profile = profiles.find(clusterId)
                .orElseThrow(() -> new NoSuchElementException("clusterId: no cluster has the id " + clusterId));
        List<TrustActivity> joint = interventions.ofCluster(clusterId).stream()
                .map(InterventionRef::id)
                .flatMap(id -> trustBuilding.activities(id).stream())
                .filter(a -> JOINT_ACTIVITIES.contains(a.activityCode()))
                .toList();
        List<LocalInstitution> bodies = institutions.ofCluster(clusterId);
        int to = toYear.orElseGet(LinkageNetworks::currentYear);
        int from = fromYear.orElseGet(() -> Math.max(to - MOST_YEARS + 1, firstYear(profile, joint, bodies, to)));
        if (to < from) {
            throw new IllegalArgumentException("toYear: " + to + " comes before " + from);
        }
        if (to - from >= MOST_YEARS) {
            throw new IllegalArgumentException("toYear: at most " + MOST_YEARS + " years at a time");
        }
        List<NetworkYear> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            years.add(year(year, profile, joint, bodies));
        }
        return years;
    }

    private static NetworkYear year(
            int year, ClusterProfile profile, List<TrustActivity> joint, List<LocalInstitution> bodies) {
        LocalDate start = LocalDate.of(year, 4, 1);
        LocalDate end = start.plusYears(1).minusDays(1);
        int stakeholders = (int) profile.stakeholders().stream()
                .filter(s -> s.since().map(d -> !d.isAfter(end)).orElse(true))
                .count();
        List<ClusterProfile.Linkage> active = profile.linkages().stream()
                .filter(l -> l.startedOn().map(d -> !d.isAfter(end)).orElse(true))
                .filter(l -> l.endedOn().map(d -> !d.isBefore(start)).orElse(true))
                .toList();
        int fresh = (int) profile.linkages().stream()
                .filter(l -> l.startedOn().filter(d -> within(d, start, end)).isPresent())
                .count();
        Set<Set<Long>> pairs = new HashSet<>();
        active.forEach(l -> pairs.add(Set.of(l.fromActorId(), l.toActorId())));
        long possible = (long) stakeholders * (stakeholders - 1) / 2;
        BigDecimal density = possible == 0
                ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(Math.min(pairs.size(), possible))
                        .divide(BigDecimal.valueOf(possible), 4, RoundingMode.HALF_UP);
        int jointActions =
                (int) joint.stream().filter(a -> within(a.heldOn(), start, end)).count();
        Optional<Integer> firms = firms(profile, year);
        int members = bodies.stream()
                .filter(b -> NETWORK_BODIES.contains(b.kind()) && !b.on().isAfter(end))
                .mapToInt(b -> b.memberFirms().orElse(0))
                .sum();
        Optional<BigDecimal> share = firms.filter(n -> n > 0)
                .map(n -> BigDecimal.valueOf(Math.min(members, n))
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
        return new NetworkYear(year, stakeholders, active.size(), fresh, density, jointActions, firms, members, share);
    }

    /** The registry's count of firms of the latest year up to {@code year}: enterprises, or micro + small + medium. */
    private static Optional<Integer> firms(ClusterProfile profile, int year) {
        return profile.figures().stream()
                .filter(f -> f.year() <= year)
                .map(f -> f.enterprises().or(() -> sizeClasses(f)))
                .flatMap(Optional::stream)
                .reduce((earlier, later) -> later);
    }

    private static Optional<Integer> sizeClasses(ClusterProfile.Figures figures) {
        if (figures.micro().isEmpty()
                && figures.small().isEmpty()
                && figures.medium().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(figures.micro().orElse(0)
                + figures.small().orElse(0)
                + figures.medium().orElse(0));
    }

    private static int firstYear(
            ClusterProfile profile, List<TrustActivity> joint, List<LocalInstitution> bodies, int fallback) {
        return Stream.of(
                        profile.stakeholders().stream().flatMap(s -> s.since().stream()),
                        profile.linkages().stream().flatMap(l -> l.startedOn().stream()),
                        joint.stream().map(TrustActivity::heldOn),
                        bodies.stream().map(LocalInstitution::on))
                .flatMap(s -> s)
                .map(d -> ReportingPeriod.containing(d).year())
                .min(Integer::compare)
                .orElse(fallback);
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    private static int currentYear() {
        return ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")))
                .year();
    }
}
