package org.clusterdev.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.transfer.ClusterExport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public downloads of any filtered list of clusters: the directory's query string ({@link SearchParameters})
 * after {@code /clusters/export.csv}, {@code .xlsx} or {@code .geojson} gives the same clusters as the page.
 */
@Controller
class ExportDownloads {

    private final ClusterExport export;

    ExportDownloads(ClusterExport export) {
        this.export = export;
    }

    @GetMapping("/clusters/export.csv")
    void csv(SearchParameters parameters, HttpServletResponse response) throws IOException {
        ClusterSearch search = search(parameters);
        ImportFormat.download(response, "text/csv;charset=UTF-8", "clusters.csv");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // lets spreadsheet programs recognise UTF-8 (Hindi names); imports skip it
        export.csv(search, writer);
    }

    @GetMapping("/clusters/export.xlsx")
    void xlsx(SearchParameters parameters, HttpServletResponse response) throws IOException {
        ClusterSearch search = search(parameters);
        ImportFormat.download(response, ImportFormat.XLSX, "clusters.xlsx");
        export.xlsx(search, response.getOutputStream());
    }

    @GetMapping("/clusters/export.geojson")
    ResponseEntity<Map<String, Object>> geojson(SearchParameters parameters) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .header("Content-Disposition", "inline; filename=\"clusters.geojson\"")
                .body(export.geojson(search(parameters)));
    }

    private static ClusterSearch search(SearchParameters parameters) {
        try {
            return parameters.toSearch();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
