package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.monitoring.rating.RatingSchemeTable;
import org.clusterdev.monitoring.rating.RatingTable;
import org.clusterdev.registry.ClusterProfile;
import org.clusterdev.registry.ClusterProfiles;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.ClusterSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings of clusters and of their associations under the published schemes, repeated year after year and read
 * over a three-year frame (seed 004 §4.5 item 22), and thematic rankings across the clusters of a product
 * (§4.5 item 2). Administrators, the ministry and scheme administrators rate anywhere, state cells and resource
 * organisations the clusters of their state.
 */
@Service
public class Ratings {

    /** The roles that may rate, each within its scope. */
    static final List<Role> RATERS = List.of(
            Role.ADMINISTRATOR, Role.MINISTRY, Role.SCHEME_ADMINISTRATOR, Role.STATE_CELL, Role.RESOURCE_ORGANISATION);

    /** The kinds of stakeholder an association rating covers: business membership organisations. */
    public static final Set<String> MEMBERSHIP_BODIES =
            Set.of("ASSOCIATION", "NETWORK", "CONSORTIUM", "SPV", "COOPERATIVE");

    private final RatingSchemeTable schemes;
    private final RatingTable ratings;
    private final ClusterProfiles profiles;
    private final ClusterRegistry registry;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    Ratings(
            RatingSchemeTable schemes,
            RatingTable ratings,
            ClusterProfiles profiles,
            ClusterRegistry registry,
            CurrentUser currentUser,
            AuditTrail audit) {
        this.schemes = schemes;
        this.ratings = ratings;
        this.profiles = profiles;
        this.registry = registry;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** An association or other membership body of a cluster, which an association rating may rate. */
    public record Association(long actorId, String name, String kind) {}

    /** The financial year today falls in, in India. */
    public static int currentYear() {
        return ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")))
                .year();
    }

    /** Whether the current user may rate this cluster or its associations. */
    public boolean mayRate(int stateCode, long clusterId) {
        return currentUser.holds(RATERS, stateCode, Optional.of(clusterId));
    }

    /** The cluster's associations and other membership bodies, by name; empty for an unknown cluster. */
    public List<Association> associations(long clusterId) {
        return profiles.find(clusterId).stream()
                .flatMap(p -> p.stakeholders().stream())
                .filter(s -> MEMBERSHIP_BODIES.contains(s.kind()))
                .map(s -> new Association(s.actorId(), s.name(), s.kind()))
                .sorted(Comparator.comparing(Association::name))
                .toList();
    }

    /**
     * Records a rating, replacing the subject's rating of the same year under the same scheme, and audits it.
     * Nothing is stored when anything is refused.
     *
     * @return the rating as stored, with its total and grade
     * @throws IllegalArgumentException naming the field: an unknown or unpublished scheme, a year outside 2000 to
     *     the current financial year, an unknown cluster or one outside the scheme's product, a missing or foreign
     *     association, a criterion not scored ({@code scores.CODE}) or a score off the scale
     * @throws AccessDeniedException when the current user may not rate the cluster
     */
    @Transactional
    public Rating rate(RatingEntry entry) {
        RatingScheme scheme = schemes.find(entry.schemeCode())
                .filter(RatingScheme::published)
                .orElseThrow(() -> new IllegalArgumentException(
                        "scheme: '" + entry.schemeCode() + "' is not a published rating scheme"));
        if (entry.year() < 2000 || entry.year() > currentYear()) {
            throw new IllegalArgumentException(
                    "year: from 2000-01 to " + RatingEntry.yearLabel(currentYear()) + ", not " + entry.year());
        }
        ClusterProfile cluster = profiles.find(entry.clusterId())
                .orElseThrow(() -> new IllegalArgumentException("cluster: no cluster has the id " + entry.clusterId()));
        if (!mayRate(cluster.stateCode(), cluster.id())) {
            throw new AccessDeniedException("You may not rate this cluster.");
        }
        if (!scheme.covers(cluster.nicCode())) {
            throw new IllegalArgumentException("cluster: " + cluster.name() + " is not of NIC "
                    + scheme.productNic().orElseThrow() + ", the product this scheme rates");
        }
        Optional<Association> association = association(scheme, cluster, entry.actorId());
        BigDecimal total = scheme.total(entry.scores());
        String grade = scheme.grade(total);
        List<Rating.Score> scores = scheme.criteria().stream()
                .map(c -> new Rating.Score(
                        c.code(),
                        entry.scores().get(c.code()),
                        Optional.ofNullable(entry.notes().get(c.code()))
                                .map(String::strip)
                                .filter(n -> !n.isEmpty())))
                .toList();
        RatingTable.Subject subject = new RatingTable.Subject(
                cluster.id(),
                cluster.name(),
                cluster.stateCode(),
                cluster.nicCode(),
                cluster.typologyCode(),
                association.map(Association::actorId),
                association.map(Association::name));
        Optional<Rating> before = ratings.find(scheme.code(), cluster.id(), subject.actorId(), entry.year());
        String actor = currentUser.username().orElse("system");
        long id = ratings.save(scheme.code(), entry.year(), subject, total, grade, entry.note(), scores, actor);
        Rating saved = ratings.find(scheme.code(), cluster.id(), subject.actorId(), entry.year())
                .orElseThrow();
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "rating", Long.toString(id), before, Optional.of(saved));
        return saved;
    }

    private Optional<Association> association(RatingScheme scheme, ClusterProfile cluster, Optional<Long> actorId) {
        if (scheme.subject() == RatingScheme.Subject.CLUSTER) {
            if (actorId.isPresent()) {
                throw new IllegalArgumentException("actor: " + scheme.code() + " rates clusters, not associations");
            }
            return Optional.empty();
        }
        long id = actorId.orElseThrow(
                () -> new IllegalArgumentException("actor: choose the association of " + cluster.name() + " to rate"));
        return Optional.of(associations(cluster.id()).stream()
                .filter(a -> a.actorId() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "actor: " + id + " is not an association or membership body of " + cluster.name())));
    }

    /** The rating of a subject in a year, if given. */
    public Optional<Rating> rating(String schemeCode, long clusterId, Optional<Long> actorId, int year) {
        return ratings.find(schemeCode, clusterId, actorId, year);
    }

    /**
     * A subject's ratings over the three years ending with {@code lastYear}.
     *
     * @throws NoSuchElementException for an unknown scheme or a subject never rated under it in the frame
     *     (its name is then unknown)
     */
    @Transactional(readOnly = true)
    public RatingFrame frame(String schemeCode, long clusterId, Optional<Long> actorId, int lastYear) {
        RatingScheme scheme = schemes.find(schemeCode)
                .orElseThrow(() -> new NoSuchElementException("no rating scheme " + schemeCode));
        List<Integer> years = RatingFrame.yearsEnding(lastYear);
        List<Rating> given = ratings.between(schemeCode, clusterId, actorId, years.get(0), lastYear);
        String name = given.stream()
                .map(Rating::subjectName)
                .reduce((a, b) -> b)
                .or(() -> actorId.isEmpty() ? profiles.find(clusterId).map(ClusterProfile::name) : Optional.empty())
                .orElseThrow(() -> new NoSuchElementException("nothing rated"));
        List<Optional<Rating>> byYear = years.stream()
                .map(y -> given.stream().filter(r -> r.year() == y).findFirst())
                .toList();
        return new RatingFrame(scheme, clusterId, actorId, name, years, byYear);
    }

    /** How many subjects were rated under a scheme in the three years ending with {@code lastYear}. */
    public long frameSize(String schemeCode, int lastYear) {
        return ratings.subjects(schemeCode, lastYear - 2, lastYear);
    }

    /**
     * One page of the subjects rated under a scheme in the three years ending with {@code lastYear}, with their
     * totals year by year; ordered by their latest total, best first.
     */
    @Transactional(readOnly = true)
    public List<RatingFrame.Line> frameLines(String schemeCode, int lastYear, int offset, int limit) {
        List<Integer> years = RatingFrame.yearsEnding(lastYear);
        return ratings.frames(schemeCode, years.get(0), lastYear, offset, limit).stream()
                .map(given -> {
                    Rating last = given.get(given.size() - 1);
                    List<Optional<Rating>> byYear = years.stream()
                            .map(y -> given.stream().filter(r -> r.year() == y).findFirst())
                            .toList();
                    return new RatingFrame.Line(
                            last.clusterId(),
                            last.actorId(),
                            last.subjectName(),
                            last.clusterName(),
                            byYear.stream().map(r -> r.map(Rating::total)).toList(),
                            byYear.stream().map(r -> r.map(Rating::grade)).toList());
                })
                .toList();
    }

    /**
     * The thematic ranking of a cluster scheme in a year across the clusters a product finds: by NIC code or
     * prefix, by a word of their name or product, or both.
     *
     * @throws NoSuchElementException for an unknown scheme
     * @throws IllegalArgumentException "nic: ..." for a NIC code that is not 2 to 5 digits, "scheme: ..." for a
     *     scheme rating associations
     */
    @Transactional(readOnly = true)
    public ThematicRanking thematic(String schemeCode, int year, Optional<String> nic, Optional<String> word) {
        RatingScheme scheme = schemes.find(schemeCode)
                .orElseThrow(() -> new NoSuchElementException("no rating scheme " + schemeCode));
        if (scheme.subject() != RatingScheme.Subject.CLUSTER) {
            throw new IllegalArgumentException("scheme: " + schemeCode + " rates associations, not clusters");
        }
        ClusterSearch search = new ClusterSearch(
                word,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                nic,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        List<ClusterSummary> clusters = registry.search(search, 0, Integer.MAX_VALUE);
        List<Long> ids = clusters.stream().map(ClusterSummary::id).toList();
        Map<Long, Rating> now = ratings.clusterRatings(schemeCode, year, ids);
        Map<Long, Rating> before = ratings.clusterRatings(schemeCode, year - 1, ids);
        List<BigDecimal> totals = now.values().stream().map(Rating::total).toList();
        List<ThematicRanking.Entry> entries = new ArrayList<>();
        for (ClusterSummary c : clusters) {
            Optional<Rating> rating = Optional.ofNullable(now.get(c.id()));
            entries.add(new ThematicRanking.Entry(
                    c.id(),
                    c.name(),
                    c.product(),
                    c.stateCode(),
                    rating.map(Rating::total),
                    rating.map(Rating::grade),
                    rating.map(r -> PeerComparison.rank(r.total(), totals)),
                    Optional.ofNullable(before.get(c.id())).map(Rating::total)));
        }
        entries.sort(Comparator.comparing((ThematicRanking.Entry e) -> e.rank().orElse(Integer.MAX_VALUE))
                .thenComparing(ThematicRanking.Entry::name));
        return new ThematicRanking(scheme, year, search.nic(), search.text(), entries);
    }
}
