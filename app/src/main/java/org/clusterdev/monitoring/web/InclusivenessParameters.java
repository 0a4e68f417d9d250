package org.clusterdev.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clusterdev.monitoring.Approval;
import org.clusterdev.monitoring.InclusivenessQuery;
import org.clusterdev.monitoring.ReportingPeriod;

/**
 * The query string of the inclusiveness view, all optional: by default firms supported over the last three financial
 * years in every scheme and state, counting values approved by the scheme.
 */
record InclusivenessParameters(
        String indicator,
        String scheme,
        Integer state,
        List<Long> interventions,
        Integer fromYear,
        Integer toYear,
        String approval) {

    static final String DEFAULT_INDICATOR = "FIRMS_SUPPORTED";

    InclusivenessQuery toQuery() {
        int to = toYear == null
                ? ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")))
                        .year()
                : toYear;
        int from = fromYear == null ? to - 2 : fromYear;
        if (to < from) {
            throw new IllegalArgumentException("toYear: " + to + " comes before " + from);
        }
        return new InclusivenessQuery(
                present(indicator).map(s -> s.toUpperCase(Locale.ROOT)).orElse(DEFAULT_INDICATOR),
                present(scheme),
                Optional.ofNullable(state),
                interventions == null ? List.of() : interventions,
                new ReportingPeriod(from, 1),
                new ReportingPeriod(to, 4),
                present(approval).map(InclusivenessParameters::approval).orElse(Approval.SCHEME_APPROVED));
    }

    private static Approval approval(String text) {
        try {
            return Approval.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("approval: not an approval level: '" + text + "'", e);
        }
    }

    private static Optional<String> present(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    }
}
