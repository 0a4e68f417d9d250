package org.clusterdev.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clusterdev.monitoring.Approval;
import org.clusterdev.monitoring.DashboardQuery;
import org.clusterdev.monitoring.Grouping;
import org.clusterdev.monitoring.ReportingPeriod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query string of a dashboard, all optional: by default the nation by state over the last eight quarters,
 * counting values approved by the scheme.
 */
record DashboardParameters(
        String indicator,
        String by,
        Integer state,
        String district,
        String scheme,
        Integer fromYear,
        Integer fromQuarter,
        Integer toYear,
        Integer toQuarter,
        String approval,
        String dimension,
        List<Long> clusters) {

    static final String DEFAULT_INDICATOR = "FIRMS_SUPPORTED";

    DashboardQuery toQuery() {
        ReportingPeriod now = ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")));
        ReportingPeriod to = new ReportingPeriod(
                toYear == null ? now.year() : toYear, toQuarter == null ? now.quarter() : toQuarter);
        ReportingPeriod defaultFrom = new ReportingPeriod(to.year() - 1, to.quarter()).next();
        ReportingPeriod from = new ReportingPeriod(
                fromYear == null ? defaultFrom.year() : fromYear,
                fromQuarter == null ? defaultFrom.quarter() : fromQuarter);
        return new DashboardQuery(
                present(indicator).map(s -> s.toUpperCase(Locale.ROOT)).orElse(DEFAULT_INDICATOR),
                present(by).map(DashboardParameters::grouping).orElse(Grouping.STATE),
                Optional.ofNullable(state),
                present(district),
                present(scheme),
                clusters == null ? List.of() : clusters,
                from,
                to,
                present(approval).map(DashboardParameters::approval).orElse(Approval.SCHEME_APPROVED),
                present(dimension));
    }

    /** The query string of a query, for links and exports. */
    static String queryString(DashboardQuery query) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance()
                .queryParam("indicator", query.indicatorCode())
                .queryParam("by", query.by().name())
                .queryParam("fromYear", query.from().year())
                .queryParam("fromQuarter", query.from().quarter())
                .queryParam("toYear", query.to().year())
                .queryParam("toQuarter", query.to().quarter())
                .queryParam("approval", query.approval().name());
        query.stateCode().ifPresent(s -> uri.queryParam("state", s));
        query.district().ifPresent(d -> uri.queryParam("district", d));
        query.schemeCode().ifPresent(s -> uri.queryParam("scheme", s));
        query.dimension().ifPresent(d -> uri.queryParam("dimension", d));
        query.clusterIds().forEach(id -> uri.queryParam("clusters", id));
        return uri.encode().build().getQuery();
    }

    /** The dashboard a row leads to: a state's districts, a district's clusters, a scheme's interventions. */
    static Optional<DashboardQuery> drillDown(DashboardQuery query, String key) {
        return switch (query.by()) {
            case STATE ->
                Optional.of(new DashboardQuery(
                        query.indicatorCode(),
                        Grouping.DISTRICT,
                        Optional.of(Integer.parseInt(key)),
                        Optional.empty(),
                        query.schemeCode(),
                        query.clusterIds(),
                        query.from(),
                        query.to(),
                        query.approval(),
                        query.dimension()));
            case DISTRICT ->
                Optional.of(new DashboardQuery(
                        query.indicatorCode(),
                        Grouping.CLUSTER,
                        query.stateCode(),
                        Optional.of(key),
                        query.schemeCode(),
                        query.clusterIds(),
                        query.from(),
                        query.to(),
                        query.approval(),
                        query.dimension()));
            case SCHEME ->
                Optional.of(new DashboardQuery(
                        query.indicatorCode(),
                        Grouping.INTERVENTION,
                        query.stateCode(),
                        query.district(),
                        Optional.of(key),
                        query.clusterIds(),
                        query.from(),
                        query.to(),
                        query.approval(),
                        query.dimension()));
            default -> Optional.empty();
        };
    }

    private static Grouping grouping(String text) {
        try {
            return Grouping.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "by: STATE, DISTRICT, CLUSTER, SCHEME or INTERVENTION, not '" + text + "'");
        }
    }

    private static Approval approval(String text) {
        try {
            return Approval.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "approval: ENTERED, AGENCY_APPROVED, STATE_APPROVED or SCHEME_APPROVED, not '" + text + "'");
        }
    }

    private static Optional<String> present(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    }
}
