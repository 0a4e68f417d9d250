package org.clusterdev.monitoring.web;

import java.util.List;
import java.util.Optional;
import org.clusterdev.monitoring.ActivityMatrix;
import org.clusterdev.monitoring.EarlyWarnings;
import org.clusterdev.monitoring.InterventionProgress;
import org.clusterdev.monitoring.MatrixView;
import org.clusterdev.monitoring.ProgressAgainstPlan;
import org.clusterdev.monitoring.ProgressSummary;
import org.clusterdev.monitoring.Warning;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress against plan, the scheme view of seed 004 Table 2.4 and early warnings for programs:
 * {@code GET /api/v1/monitoring/matrix}, {@code /api/v1/monitoring/progress},
 * {@code /api/v1/monitoring/interventions/{id}/progress} and {@code /api/v1/monitoring/warnings}, with the pages'
 * parameters. Bad parameters are problem details naming the field.
 */
@RestController
class ProgressApi {

    private final ActivityMatrix matrix;
    private final ProgressAgainstPlan progress;
    private final EarlyWarnings warnings;

    ProgressApi(ActivityMatrix matrix, ProgressAgainstPlan progress, EarlyWarnings warnings) {
        this.matrix = matrix;
        this.progress = progress;
        this.warnings = warnings;
    }

    @GetMapping("/api/v1/monitoring/matrix")
    MatrixView matrix(
            @RequestParam(required = false) String scheme,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear) {
        return matrix.matrix(MatrixController.query(scheme, fromYear, toYear));
    }

    @GetMapping("/api/v1/monitoring/progress")
    List<ProgressSummary> progress(
            @RequestParam(required = false) String scheme, @RequestParam(required = false) Integer state) {
        return progress.across(
                ProgressController.present(scheme), Optional.ofNullable(state), ProgressController.today());
    }

    @GetMapping("/api/v1/monitoring/interventions/{id}/progress")
    InterventionProgress progress(@PathVariable long id) {
        return progress.of(id, ProgressController.today());
    }

    @GetMapping("/api/v1/monitoring/warnings")
    List<Warning> warnings(@RequestParam(required = false) Integer state) {
        return warnings.asOf(ProgressController.today(), Optional.ofNullable(state));
    }
}
