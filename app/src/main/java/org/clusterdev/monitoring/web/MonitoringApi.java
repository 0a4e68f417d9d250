package org.clusterdev.monitoring.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.clusterdev.monitoring.DashboardView;
import org.clusterdev.monitoring.Dashboards;
import org.clusterdev.monitoring.Indicator;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.monitoring.ResultsFramework;
import org.clusterdev.monitoring.ResultsReporting;
import org.clusterdev.monitoring.ValueEntry;
import org.clusterdev.monitoring.ValueKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The results framework, dashboards and value entry for programs: {@code GET /api/v1/monitoring/indicators},
 * {@code GET /api/v1/monitoring/dashboard} (the dashboard page's query string) and
 * {@code POST /api/v1/monitoring/values}. Refusals are problem details naming the field.
 */
@RestController
class MonitoringApi {

    private final ResultsFramework framework;
    private final Dashboards dashboards;
    private final ResultsReporting reporting;

    MonitoringApi(ResultsFramework framework, Dashboards dashboards, ResultsReporting reporting) {
        this.framework = framework;
        this.dashboards = dashboards;
        this.reporting = reporting;
    }

    /** A value as programs send it. */
    record ValueRequest(
            long intervention,
            int year,
            int quarter,
            String indicator,
            ValueKind kind,
            String breakdown,
            BigDecimal value,
            Boolean confirmOutlier) {}

    @GetMapping("/api/v1/monitoring/indicators")
    List<Indicator> indicators() {
        return framework.indicators();
    }

    @GetMapping("/api/v1/monitoring/dashboard")
    DashboardView dashboard(DashboardParameters parameters) {
        return dashboards.dashboard(parameters.toQuery());
    }

    @PostMapping("/api/v1/monitoring/values")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> enter(@RequestBody ValueRequest request) {
        if (request.kind() == null) {
            throw new IllegalArgumentException("kind: BASELINE, TARGET or ACTUAL");
        }
        long report = reporting.enter(new ValueEntry(
                request.intervention(),
                new ReportingPeriod(request.year(), request.quarter()),
                request.indicator(),
                request.kind(),
                request.breakdown(),
                request.value(),
                Boolean.TRUE.equals(request.confirmOutlier())));
        return Map.of("report", report);
    }
}
