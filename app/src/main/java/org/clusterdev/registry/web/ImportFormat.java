package org.clusterdev.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clusterdev.registry.transfer.ClusterExport;
import org.clusterdev.registry.transfer.ImportKind;
import org.clusterdev.registry.transfer.RegistryImports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The public documentation of the import files, and empty templates to fill in, as CSV and XLSX. */
@Controller
@RequestMapping("/clusters/import")
class ImportFormat {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Example rows for the documentation: a new cluster placed by its PIN, and its stakeholders. */
    static final String CLUSTER_EXAMPLE = """
            name,product,typology,state,district,pin,status,year,enterprises,employment,turnover_rupees
            Bhubaneswar Brass Ware,Brass and bell-metal utensils,HANDICRAFT,Odisha,,751001,IDENTIFIED,2024,120,450,25000000
            Rajkot Diesel Engines,Diesel engines and engineering products,TRADITIONAL_MANUFACTURING,Gujarat,Rajkot,,VALIDATED,2024,4200,,
            """;

    static final String STAKEHOLDER_EXAMPLE = """
            cluster,state,actor_name,actor_kind,contact,linked_to,linkage_kind,started_on
            Bhubaneswar Brass Ware,Odisha,Brass Ware Artisans Cooperative,COOPERATIVE,secretary@example.org,,,
            Bhubaneswar Brass Ware,Odisha,Odisha Gramya Bank,BANK,,Brass Ware Artisans Cooperative,FINANCE,2024-04-01
            """;

    private final ClusterExport export;
    private final RegistryImports imports;

    ImportFormat(ClusterExport export, RegistryImports imports) {
        this.export = export;
        this.imports = imports;
    }

    @GetMapping("/format")
    String format(Model model) {
        model.addAttribute("kinds", List.of(ImportKind.values()));
        model.addAttribute("codes", imports.codes());
        model.addAttribute("clusterExample", CLUSTER_EXAMPLE);
        model.addAttribute("stakeholderExample", STAKEHOLDER_EXAMPLE);
        return "registry/transfer-format";
    }

    @GetMapping("/template.csv")
    void clusterCsv(HttpServletResponse response) throws IOException {
        csv(ImportKind.CLUSTERS, "clusters-template.csv", response);
    }

    @GetMapping("/template.xlsx")
    void clusterXlsx(HttpServletResponse response) throws IOException {
        xlsx(ImportKind.CLUSTERS, "clusters-template.xlsx", response);
    }

    @GetMapping("/stakeholders-template.csv")
    void stakeholderCsv(HttpServletResponse response) throws IOException {
        csv(ImportKind.STAKEHOLDERS, "stakeholders-template.csv", response);
    }

    @GetMapping("/stakeholders-template.xlsx")
    void stakeholderXlsx(HttpServletResponse response) throws IOException {
        xlsx(ImportKind.STAKEHOLDERS, "stakeholders-template.xlsx", response);
    }

    private void csv(ImportKind kind, String fileName, HttpServletResponse response) throws IOException {
        download(response, "text/csv;charset=UTF-8", fileName);
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.csvTemplate(kind, writer);
    }

    private void xlsx(ImportKind kind, String fileName, HttpServletResponse response) throws IOException {
        download(response, XLSX, fileName);
        export.xlsxTemplate(kind, response.getOutputStream());
    }

    static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
