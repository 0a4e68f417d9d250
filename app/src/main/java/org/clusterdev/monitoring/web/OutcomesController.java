package org.clusterdev.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterdev.monitoring.Approval;
import org.clusterdev.monitoring.Dashboards;
import org.clusterdev.monitoring.FirmOutcomeTable;
import org.clusterdev.monitoring.FirmOutcomes;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.monitoring.ResultsFramework;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Seed 004 Tables 2.5-2.6 for the clusters and years chosen, on a page and as downloads. */
@Controller
class OutcomesController {

    private final FirmOutcomes outcomes;
    private final Dashboards dashboards;
    private final ResultsFramework framework;

    OutcomesController(FirmOutcomes outcomes, Dashboards dashboards, ResultsFramework framework) {
        this.outcomes = outcomes;
        this.dashboards = dashboards;
        this.framework = framework;
    }

    @GetMapping("/monitoring/outcomes")
    String page(
            @RequestParam(required = false) List<Long> clusters,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            @RequestParam(required = false) String approval,
            Model model) {
        int last = thisYear();
        int to = toYear == null ? last : toYear;
        int from = fromYear == null ? to - 2 : fromYear;
        Approval level = approval(approval);
        List<Long> chosen = clusters == null ? List.of() : clusters;
        try {
            model.addAttribute("table", outcomes.table(chosen, from, to, level));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("table", outcomes.table(chosen, to, to, level));
        }
        List<Integer> years = new ArrayList<>();
        for (int year = Math.max(last, to); year >= Math.min(from, last - 15); year--) {
            years.add(year);
        }
        model.addAttribute("units", unitsByCode());
        model.addAttribute("clusters", dashboards.reportingClusters());
        model.addAttribute("chosen", chosen);
        model.addAttribute("fromYear", from);
        model.addAttribute("toYear", to);
        model.addAttribute("years", years);
        model.addAttribute("approval", level);
        model.addAttribute("approvals", Approval.values());
        model.addAttribute("tables", List.of(FirmOutcomeTable.TABLE_2_5, FirmOutcomeTable.TABLE_2_6));
        return "monitoring/outcomes";
    }

    @GetMapping("/monitoring/outcomes/export.csv")
    void csv(
            @RequestParam(required = false) List<Long> clusters,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            @RequestParam(required = false) String approval,
            HttpServletResponse response)
            throws IOException {
        FirmOutcomeTable table = table(clusters, fromYear, toYear, approval);
        SheetExport.csv(response, "firm-outcomes", header(table), rows(table));
    }

    @GetMapping("/monitoring/outcomes/export.xlsx")
    void xlsx(
            @RequestParam(required = false) List<Long> clusters,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            @RequestParam(required = false) String approval,
            HttpServletResponse response)
            throws IOException {
        FirmOutcomeTable table = table(clusters, fromYear, toYear, approval);
        SheetExport.xlsx(response, "firm-outcomes", header(table), rows(table));
    }

    private FirmOutcomeTable table(List<Long> clusters, Integer fromYear, Integer toYear, String approval) {
        int to = toYear == null ? thisYear() : toYear;
        try {
            return outcomes.table(
                    clusters == null ? List.of() : clusters,
                    fromYear == null ? to - 2 : fromYear,
                    to,
                    approval(approval));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }

    private static List<String> header(FirmOutcomeTable table) {
        List<String> header = new ArrayList<>(List.of("cluster", "cluster_id", "years"));
        header.addAll(table.columns());
        return header;
    }

    private static List<List<Object>> rows(FirmOutcomeTable table) {
        List<List<Object>> rows = new ArrayList<>();
        List<FirmOutcomeTable.Row> all = new ArrayList<>(table.rows());
        all.add(table.total());
        for (FirmOutcomeTable.Row row : all) {
            List<Object> cells = new ArrayList<>();
            cells.add(row == table.total() ? "TOTAL" : row.name());
            cells.add(row == table.total() ? null : row.clusterId());
            cells.add(row.years());
            table.columns().forEach(code -> cells.add(row.value(code).orElse(null)));
            rows.add(cells);
        }
        return rows;
    }

    private java.util.Map<String, String> unitsByCode() {
        java.util.Map<String, String> units = new java.util.HashMap<>();
        framework.indicators().forEach(i -> units.put(i.code(), i.unit()));
        return units;
    }

    private static Approval approval(String text) {
        if (text == null || text.isBlank()) {
            return Approval.SCHEME_APPROVED;
        }
        try {
            return Approval.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "approval: not an approval level", e);
        }
    }

    private static int thisYear() {
        return ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")))
                .year();
    }
}
