package org.clusterdev.monitoring;

import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditTrail;
import org.clusterdev.identity.CurrentUser;
import org.clusterdev.identity.Role;
import org.clusterdev.monitoring.rating.RatingSchemeTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rating schemes as data: the published scoring grids anyone signed in may read, which administrators add
 * and change. Once a rating has been given under a scheme its criteria, scale and grades stay as they are (past
 * totals were computed with them): its criteria's codes and weights, its scale and its grades. Wording (names,
 * descriptions, level labels), theme, scope, source and publication may still change.
 */
@Service
public class RatingSchemes {

    private final RatingSchemeTable schemes;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    RatingSchemes(RatingSchemeTable schemes, CurrentUser currentUser, AuditTrail audit) {
        this.schemes = schemes;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every scheme, by name; unpublished ones only for those who may edit them. */
    public List<RatingScheme> schemes() {
        boolean editor = mayEdit();
        return schemes.all().stream().filter(s -> s.published() || editor).toList();
    }

    /** The published schemes rating this kind of subject, by name. */
    public List<RatingScheme> published(RatingScheme.Subject subject) {
        return schemes.all().stream()
                .filter(s -> s.published() && s.subject() == subject)
                .toList();
    }

    /** The scheme with this code, if it exists and the current user may see it. */
    public Optional<RatingScheme> scheme(String code) {
        return schemes.find(code).filter(s -> s.published() || mayEdit());
    }

    /** Whether a rating was given under the scheme, which freezes its grid. */
    public boolean hasRatings(String code) {
        return schemes.hasRatings(code);
    }

    /** Whether the current user may add and change schemes: administrators. */
    public boolean mayEdit() {
        return currentUser.holds(List.of(Role.ADMINISTRATOR), 0, Optional.empty());
    }

    /**
     * Adds a scheme, or changes one when {@code version} is given, and audits the change.
     *
     * @param version the version the editor read, empty for a new scheme
     * @throws IllegalArgumentException "code: ..." for a new scheme whose code is taken, "subject: ..." for a
     *     change of subject, "criteria: ..." for a change of the grid of a scheme with ratings
     * @throws IllegalStateException "version: ..." when someone else changed the scheme meanwhile
     * @throws org.springframework.security.access.AccessDeniedException for anyone but an administrator
     */
    @Transactional
    public void save(RatingScheme scheme, Optional<Integer> version) {
        if (!mayEdit()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only administrators edit rating schemes.");
        }
        String actor = currentUser.username().orElse("system");
        Optional<RatingScheme> before = schemes.find(scheme.code());
        if (version.isEmpty()) {
            if (before.isPresent()) {
                throw new IllegalArgumentException("code: a scheme with the code " + scheme.code() + " exists");
            }
            schemes.insert(scheme, actor);
            audit.record("CREATE", "rating_scheme", scheme.code(), Optional.empty(), Optional.of(scheme));
            return;
        }
        RatingScheme old =
                before.orElseThrow(() -> new java.util.NoSuchElementException("no rating scheme " + scheme.code()));
        if (old.subject() != scheme.subject()) {
            throw new IllegalArgumentException("subject: a scheme keeps the subject it was made for");
        }
        if (!sameScoring(old, scheme) && schemes.hasRatings(scheme.code())) {
            throw new IllegalArgumentException("criteria: ratings were given with this grid, so its criteria, weights, "
                    + "scale and grades stay; add a new scheme for a new grid");
        }
        if (!schemes.update(scheme, version.get(), actor)) {
            throw new IllegalStateException("version: someone else changed this scheme meanwhile; open it again");
        }
        audit.record("UPDATE", "rating_scheme", scheme.code(), Optional.of(old), Optional.of(scheme));
    }

    /** Whether two grids compute the same totals and grades from the same scores. */
    static boolean sameScoring(RatingScheme a, RatingScheme b) {
        return a.scaleMin() == b.scaleMin()
                && a.scaleMax() == b.scaleMax()
                && weights(a).equals(weights(b))
                && grades(a).equals(grades(b));
    }

    private static java.util.Map<String, java.math.BigDecimal> weights(RatingScheme scheme) {
        return scheme.criteria().stream()
                .collect(java.util.stream.Collectors.toMap(
                        RatingScheme.Criterion::code, c -> c.weight().stripTrailingZeros()));
    }

    private static java.util.Map<String, java.math.BigDecimal> grades(RatingScheme scheme) {
        return scheme.grades().stream()
                .collect(java.util.stream.Collectors.toMap(
                        RatingScheme.Grade::grade, g -> g.minimum().stripTrailingZeros()));
    }
}
