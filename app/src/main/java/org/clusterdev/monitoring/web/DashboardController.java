package org.clusterdev.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterdev.geography.Geography;
import org.clusterdev.monitoring.Approval;
import org.clusterdev.monitoring.Breakdowns;
import org.clusterdev.monitoring.DashboardMap;
import org.clusterdev.monitoring.DashboardQuery;
import org.clusterdev.monitoring.DashboardView;
import org.clusterdev.monitoring.Dashboards;
import org.clusterdev.monitoring.ResultsFramework;
import org.clusterdev.programme.PdfReports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The monitoring dashboard: an indicator aggregated by place or by scheme, with charts and downloads. */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final ResultsFramework framework;
    private final Geography geography;
    private final JsonMapper json;
    private final PdfReports pdf;
    private final DashboardMapData maps;

    DashboardController(
            Dashboards dashboards,
            ResultsFramework framework,
            Geography geography,
            JsonMapper json,
            PdfReports pdf,
            DashboardMapData maps) {
        this.dashboards = dashboards;
        this.framework = framework;
        this.geography = geography;
        this.json = json;
        this.pdf = pdf;
        this.maps = maps;
    }

    @GetMapping("/monitoring")
    String dashboard(DashboardParameters parameters, Model model) {
        DashboardQuery query = parsed(parameters, model);
        DashboardView view = view(query, model);
        Map<String, String> drill = drill(view);
        DashboardMap map = maps.map(view);
        model.addAttribute("view", view);
        model.addAttribute("map", map);
        model.addAttribute("mapData", json.writeValueAsString(maps.data(view, map, drill)));
        model.addAttribute("drill", drill);
        model.addAttribute("queryString", DashboardParameters.queryString(query));
        model.addAttribute("indicators", framework.indicators());
        model.addAttribute("states", geography.states());
        model.addAttribute("approvals", Approval.values());
        model.addAttribute("years", years(query));
        model.addAttribute("chart", json.writeValueAsString(chart(view)));
        query.stateCode().ifPresent(code -> model.addAttribute("stateName", dashboards.stateName(code)));
        return "monitoring/dashboard";
    }

    /**
     * The map of the dashboard with the same query string: the rows with their places, bands and figures as
     * the page draws them. A bad parameter is a 400 naming it.
     */
    @GetMapping(path = "/monitoring/map.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> map(DashboardParameters parameters) {
        DashboardView view = view(query(parameters), null);
        return maps.data(view, maps.map(view), drill(view));
    }

    private static Map<String, String> drill(DashboardView view) {
        Map<String, String> drill = new LinkedHashMap<>();
        view.rows()
                .forEach(row -> DashboardParameters.drillDown(view.query(), row.key())
                        .ifPresent(next -> drill.put(row.key(), DashboardParameters.queryString(next))));
        return drill;
    }

    @GetMapping("/monitoring/export.csv")
    void csv(DashboardParameters parameters, HttpServletResponse response) throws IOException {
        DashboardView view = view(query(parameters), null);
        SheetExport.csv(response, "dashboard-" + view.indicator().code(), header(view), rows(view));
    }

    @GetMapping("/monitoring/export.xlsx")
    void xlsx(DashboardParameters parameters, HttpServletResponse response) throws IOException {
        DashboardView view = view(query(parameters), null);
        SheetExport.xlsx(response, "dashboard-" + view.indicator().code(), header(view), rows(view));
    }

    /** The dashboard of the same query string as a PDF report: its scope, the table and the quarters. */
    @GetMapping("/monitoring/dashboard.pdf")
    ResponseEntity<byte[]> pdf(DashboardParameters parameters, Locale locale) {
        DashboardQuery query = query(parameters);
        DashboardView view = view(query, null);
        Map<String, Object> variables = new HashMap<>();
        variables.put("view", view);
        query.stateCode().ifPresent(code -> variables.put("stateName", dashboards.stateName(code)));
        byte[] body = pdf.render("monitoring/dashboard-pdf", variables, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("dashboard-" + view.indicator().code() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    private DashboardView view(DashboardQuery query, Model model) {
        try {
            return dashboards.dashboard(query);
        } catch (IllegalArgumentException e) {
            if (model == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
            }
            model.addAttribute("error", e.getMessage());
            return dashboards.dashboard(new DashboardQuery(
                    DashboardParameters.DEFAULT_INDICATOR,
                    query.by(),
                    query.stateCode(),
                    query.district(),
                    query.schemeCode(),
                    query.clusterIds(),
                    query.from(),
                    query.to(),
                    query.approval(),
                    query.dimension()));
        }
    }

    private static DashboardQuery parsed(DashboardParameters parameters, Model model) {
        try {
            return parameters.toQuery();
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return new DashboardParameters(null, null, null, null, null, null, null, null, null, null, null, null)
                    .toQuery();
        }
    }

    private static DashboardQuery query(DashboardParameters parameters) {
        try {
            return parameters.toQuery();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }

    static List<String> header(DashboardView view) {
        List<String> header = new ArrayList<>(List.of(view.query().by().name().toLowerCase(), "key"));
        view.breakdowns().forEach(b -> header.add("actual " + b));
        header.addAll(List.of("target TOTAL", "achievement percent", "interventions reporting"));
        return header;
    }

    static List<List<Object>> rows(DashboardView view) {
        List<List<Object>> rows = new ArrayList<>();
        List<DashboardView.Row> all = new ArrayList<>(view.rows());
        all.add(view.total());
        for (DashboardView.Row row : all) {
            List<Object> cells = new ArrayList<>();
            cells.add(row == view.total() ? "TOTAL" : row.label());
            cells.add(row.key());
            view.breakdowns()
                    .forEach(b -> cells.add(
                            row.actual(b).map(DashboardController::rounded).orElse(null)));
            cells.add(row.target(Breakdowns.TOTAL)
                    .map(DashboardController::rounded)
                    .orElse(null));
            cells.add(row.achievement().orElse(null));
            cells.add(row.interventions());
            rows.add(cells);
        }
        return rows;
    }

    private static Map<String, Object> chart(DashboardView view) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", view.rows().stream().map(DashboardView.Row::label).toList());
        chart.put(
                "actual",
                view.rows().stream()
                        .map(r -> number(r.actual(Breakdowns.TOTAL)))
                        .toList());
        chart.put(
                "target",
                view.rows().stream()
                        .map(r -> number(r.target(Breakdowns.TOTAL)))
                        .toList());
        chart.put(
                "periods", view.periods().stream().map(DashboardView.Row::label).toList());
        chart.put(
                "periodActual",
                view.periods().stream()
                        .map(r -> number(r.actual(Breakdowns.TOTAL)))
                        .toList());
        chart.put(
                "periodTarget",
                view.periods().stream()
                        .map(r -> number(r.target(Breakdowns.TOTAL)))
                        .toList());
        return chart;
    }

    private static Double number(java.util.Optional<BigDecimal> value) {
        return value.map(BigDecimal::doubleValue).orElse(null);
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static List<Integer> years(DashboardQuery query) {
        int last = Math.max(
                query.to().year(),
                org.clusterdev.monitoring.ReportingPeriod.containing(
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")))
                        .year());
        List<Integer> years = new ArrayList<>();
        for (int year = last; year >= Math.min(query.from().year(), last - 15); year--) {
            years.add(year);
        }
        return years;
    }
}
