package org.clusterdev.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterdev.geography.Geography;
import org.clusterdev.geography.State;
import org.clusterdev.programme.internal.InterventionRows;
import org.springframework.stereotype.Service;

/**
 * Checks a scheme's geographic quotas ("at least 10 per cent in the North-Eastern Region", SFURTI, seed 004
 * Annex 2.4) against the interventions it has selected, using the geography's flags of north-eastern and hilly
 * states.
 */
@Service
public class SchemeQuotas {

    private final Schemes schemes;
    private final InterventionRows interventions;
    private final Geography geography;

    SchemeQuotas(Schemes schemes, InterventionRows interventions, Geography geography) {
        this.schemes = schemes;
        this.interventions = interventions;
        this.geography = geography;
    }

    /** Each quota of the scheme with the share its selected interventions reach. */
    public List<QuotaStanding> standings(String schemeCode) {
        Scheme scheme =
                schemes.find(schemeCode).orElseThrow(() -> new NoSuchElementException("no scheme " + schemeCode));
        Map<Integer, Long> selected = interventions.selectedByState(schemeCode);
        long total = selected.values().stream().mapToLong(Long::longValue).sum();
        return scheme.quotas().entrySet().stream()
                .map(quota -> {
                    Set<Integer> states = statesOf(quota.getKey());
                    long inRegion = selected.entrySet().stream()
                            .filter(entry -> states.contains(entry.getKey()))
                            .mapToLong(Map.Entry::getValue)
                            .sum();
                    BigDecimal share = total == 0
                            ? BigDecimal.ZERO
                            : BigDecimal.valueOf(inRegion * 100)
                                    .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
                    boolean met = total > 0 && share.compareTo(quota.getValue()) >= 0;
                    return new QuotaStanding(quota.getKey(), quota.getValue(), inRegion, total, share, met);
                })
                .toList();
    }

    private Set<Integer> statesOf(String region) {
        return geography.states().stream()
                .filter(state -> region.equals("NORTH_EAST") ? state.northEast() : state.hilly())
                .map(State::code)
                .collect(Collectors.toSet());
    }
}
