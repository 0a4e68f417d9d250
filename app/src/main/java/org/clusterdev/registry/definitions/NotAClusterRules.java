package org.clusterdev.registry.definitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.clusterdev.registry.NotAClusterWarning;
import org.clusterdev.registry.NotAClusterWarning.Kind;
import org.clusterdev.registry.Reason;

/**
 * Signs that a registered conglomeration is one of those 004 Table 1.3 says are not clusters. Four
 * rules, each deliberately simple so that a reader can tell why a warning appears:
 *
 * <ul>
 *   <li>state-wide sector: no district and no places are given, so it is known only by its state;
 *   <li>multi-product estate or diverse town: its NIC codes fall in {@value #MANY_DIVISIONS} or more
 *       NIC divisions (first two digits), too wide a product range for common opportunities and threats;
 *   <li>small network: fewer than {@value #FEW_UNITS} enterprises (artisans when enterprises are not
 *       known); Table 1.3 gives no number, so this is a default;
 *   <li>cooperative: its name or product speaks of a cooperative. Not its description: descriptions
 *       often name the cooperatives inside a cluster (Konark: "4 cooperatives"), which makes it no less a
 *       cluster.
 * </ul>
 */
final class NotAClusterRules {

    static final int MANY_DIVISIONS = 3;
    static final int FEW_UNITS = 10;

    private static final Pattern COOPERATIVE =
            Pattern.compile("\\bco-?operatives?\\b|सहकारी", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NotAClusterRules() {}

    static List<NotAClusterWarning> warnings(ClusterFacts cluster) {
        List<NotAClusterWarning> warnings = new ArrayList<>();
        if (!cluster.districtKnown()
                && cluster.places().filter(places -> !places.isBlank()).isEmpty()) {
            warnings.add(new NotAClusterWarning(Kind.STATE_WIDE_SECTOR, Reason.of("definitions.warning.stateWide")));
        }
        TreeSet<String> divisions = new TreeSet<>();
        cluster.nicCodes().stream()
                .filter(code -> code.length() >= 2)
                .forEach(code -> divisions.add(code.substring(0, 2)));
        if (divisions.size() >= MANY_DIVISIONS) {
            warnings.add(new NotAClusterWarning(
                    Kind.MULTI_PRODUCT,
                    Reason.of("definitions.warning.multiProduct", divisions.size(), String.join(", ", divisions))));
        }
        Optional<Long> units =
                cluster.figures().enterprises().or(() -> cluster.figures().artisans());
        if (units.isPresent() && units.get() < FEW_UNITS) {
            warnings.add(new NotAClusterWarning(
                    Kind.SMALL_NETWORK, Reason.of("definitions.warning.smallNetwork", units.get(), FEW_UNITS)));
        }
        if (COOPERATIVE.matcher(cluster.nameAndProduct()).find()) {
            warnings.add(new NotAClusterWarning(Kind.COOPERATIVE, Reason.of("definitions.warning.cooperative")));
        }
        return warnings;
    }
}
