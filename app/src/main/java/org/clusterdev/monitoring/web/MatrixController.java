package org.clusterdev.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clusterdev.monitoring.ActivityMatrix;
import org.clusterdev.monitoring.MatrixQuery;
import org.clusterdev.monitoring.MatrixView;
import org.clusterdev.programme.Schemes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The scheme view of seed 004 Table 2.4: activities supported by the matrix cells, with CSV and XLSX. */
@Controller
class MatrixController {

    private final ActivityMatrix matrix;
    private final Schemes schemes;

    MatrixController(ActivityMatrix matrix, Schemes schemes) {
        this.matrix = matrix;
        this.schemes = schemes;
    }

    @GetMapping("/monitoring/matrix")
    String page(
            @RequestParam(required = false) String scheme,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            Model model) {
        MatrixQuery query;
        try {
            query = query(scheme, fromYear, toYear);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            query = new MatrixQuery(Optional.ofNullable(scheme), Optional.empty(), Optional.empty());
        }
        model.addAttribute("view", matrix.matrix(query));
        model.addAttribute("schemes", schemes.all());
        model.addAttribute("queryString", queryString(query));
        return "monitoring/matrix";
    }

    @GetMapping("/monitoring/matrix." + SheetExport.FORMAT)
    void download(
            @PathVariable String format,
            @RequestParam(required = false) String scheme,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            HttpServletResponse response)
            throws IOException {
        MatrixView view = matrix.matrix(checked(scheme, fromYear, toYear));
        SheetExport.send(response, format, fileName(view), header(), rows(view));
    }

    static MatrixQuery query(String scheme, Integer fromYear, Integer toYear) {
        return new MatrixQuery(Optional.ofNullable(scheme), Optional.ofNullable(fromYear), Optional.ofNullable(toYear));
    }

    private static MatrixQuery checked(String scheme, Integer fromYear, Integer toYear) {
        try {
            return query(scheme, fromYear, toYear);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }

    private static String fileName(MatrixView view) {
        return "activity-matrix"
                + view.query().schemeCode().map(code -> "-" + code).orElse("");
    }

    /** One line per cell, then the row and column totals: a long table a spreadsheet pivots easily. */
    static List<String> header() {
        return List.of("nature", "intervention", "cell", "activities", "budget rupees");
    }

    static List<List<Object>> rows(MatrixView view) {
        List<List<Object>> rows = new ArrayList<>();
        List<MatrixView.Row> all = new ArrayList<>(view.rows());
        all.add(view.total());
        for (MatrixView.Row row : all) {
            for (int column = 0; column < row.cells().size(); column++) {
                MatrixView.Cell cell = row.cells().get(column);
                rows.add(List.of(
                        row.nature(),
                        MatrixView.INTERVENTIONS.get(column),
                        cell.code(),
                        cell.activities(),
                        cell.budget()));
            }
            rows.add(List.of(
                    row.nature(),
                    "TOTAL",
                    row.total().code(),
                    row.total().activities(),
                    row.total().budget()));
        }
        return rows;
    }

    private static String queryString(MatrixQuery query) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        query.schemeCode().ifPresent(code -> uri.queryParam("scheme", code));
        query.fromYear().ifPresent(year -> uri.queryParam("fromYear", year));
        query.toYear().ifPresent(year -> uri.queryParam("toYear", year));
        return Optional.ofNullable(uri.encode().build().getQuery()).orElse("");
    }
}
