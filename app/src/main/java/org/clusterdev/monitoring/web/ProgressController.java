package org.clusterdev.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterdev.geography.Geography;
import org.clusterdev.monitoring.ActivityProgress;
import org.clusterdev.monitoring.ProgressAgainstPlan;
import org.clusterdev.monitoring.ProgressSummary;
import org.clusterdev.monitoring.StudyBaselines;
import org.clusterdev.platform.Pagination;
import org.clusterdev.programme.Schemes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Progress against plan: the list across interventions (with CSV and XLSX) and one intervention's page. */
@Controller
class ProgressController {

    static final int PAGE_SIZE = 50;

    private final ProgressAgainstPlan progress;
    private final Geography geography;
    private final Schemes schemes;
    private final StudyBaselines baselines;

    ProgressController(ProgressAgainstPlan progress, Geography geography, Schemes schemes, StudyBaselines baselines) {
        this.progress = progress;
        this.geography = geography;
        this.schemes = schemes;
        this.baselines = baselines;
    }

    @GetMapping("/monitoring/progress")
    String list(
            @RequestParam(required = false) String scheme,
            @RequestParam(required = false) Integer state,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        List<ProgressSummary> all = progress.across(present(scheme), Optional.ofNullable(state), today());
        Pagination pagination = Pagination.of(page, PAGE_SIZE, all.size());
        model.addAttribute("summaries", all.subList((int) Math.min(all.size(), pagination.offset()), (int)
                Math.min(all.size(), pagination.last())));
        model.addAttribute("page", pagination);
        model.addAttribute("scheme", present(scheme).orElse(""));
        model.addAttribute("state", state);
        model.addAttribute("states", geography.states());
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("queryString", queryString(present(scheme), Optional.ofNullable(state)));
        model.addAttribute("today", today());
        return "monitoring/progress";
    }

    @GetMapping("/monitoring/progress." + SheetExport.FORMAT)
    void download(
            @PathVariable String format,
            @RequestParam(required = false) String scheme,
            @RequestParam(required = false) Integer state,
            HttpServletResponse response)
            throws IOException {
        SheetExport.send(
                response,
                format,
                "progress",
                HEADER,
                rows(progress.across(present(scheme), Optional.ofNullable(state), today())));
    }

    @GetMapping("/monitoring/interventions/{id}/progress")
    String intervention(@PathVariable long id, Model model) {
        model.addAttribute("progress", progress.of(id, today()));
        model.addAttribute("studyBaselines", baselines.of(id));
        model.addAttribute("statuses", ActivityProgress.Status.values());
        return "monitoring/progress-intervention";
    }

    static final List<String> HEADER = List.of(
            "intervention",
            "title",
            "cluster",
            "state",
            "scheme",
            "stage",
            "activities planned",
            "due by now",
            "done",
            "behind schedule",
            "budget planned",
            "budget planned to date",
            "cost recorded",
            "sanctioned",
            "released",
            "spent",
            "spent percent of released");

    static List<List<Object>> rows(List<ProgressSummary> summaries) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProgressSummary s : summaries) {
            List<Object> row = new ArrayList<>(List.of(
                    s.interventionId(),
                    s.interventionTitle(),
                    s.clusterName(),
                    s.stateCode(),
                    s.schemeCode(),
                    s.stage().name(),
                    s.planned(),
                    s.dueByNow(),
                    s.done(),
                    s.behindSchedule(),
                    s.money().planned(),
                    s.money().plannedToDate(),
                    s.money().recordedCost(),
                    s.money().sanctioned(),
                    s.money().released(),
                    s.money().spent()));
            row.add(s.money().spentOfReleased().orElse(null));
            rows.add(row);
        }
        return rows;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Kolkata"));
    }

    static Optional<String> present(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String queryString(Optional<String> scheme, Optional<Integer> state) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        scheme.ifPresent(code -> uri.queryParam("scheme", code));
        state.ifPresent(code -> uri.queryParam("state", code));
        return Optional.ofNullable(uri.encode().build().getQuery()).orElse("");
    }
}
