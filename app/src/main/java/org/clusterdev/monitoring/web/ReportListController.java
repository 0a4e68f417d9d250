package org.clusterdev.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import org.clusterdev.monitoring.ReportingPeriod;
import org.clusterdev.monitoring.ResultsFramework;
import org.clusterdev.monitoring.ResultsReporting;
import org.clusterdev.monitoring.ResultsUpload;
import org.clusterdev.monitoring.UploadProblem;
import org.clusterdev.monitoring.UploadRefused;
import org.clusterdev.monitoring.internal.SheetRows;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reports recently changed, the way into a quarter's report, spreadsheet upload and the indicators. */
@Controller
class ReportListController {

    private final ResultsReporting reporting;
    private final ResultsUpload upload;
    private final ResultsFramework framework;

    ReportListController(ResultsReporting reporting, ResultsUpload upload, ResultsFramework framework) {
        this.reporting = reporting;
        this.upload = upload;
        this.framework = framework;
    }

    @GetMapping("/monitoring/reports")
    String reports(Model model) {
        model.addAttribute("reports", reporting.recent(50));
        model.addAttribute("current", ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata"))));
        return "monitoring/reports";
    }

    @GetMapping("/monitoring/reports/open")
    String open(@RequestParam long intervention, @RequestParam int year, @RequestParam int quarter) {
        return "redirect:" + ReportController.path(intervention, new ReportingPeriod(year, quarter));
    }

    @GetMapping("/monitoring/interventions/{id}")
    String intervention(@PathVariable long id, Model model) {
        model.addAttribute(
                "intervention",
                reporting.intervention(id).orElseThrow(() -> new NoSuchElementException("no intervention " + id)));
        model.addAttribute("reports", reporting.reports(id));
        model.addAttribute("current", ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata"))));
        return "monitoring/intervention";
    }

    @PostMapping("/monitoring/upload")
    String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try (InputStream input = file.getInputStream()) {
            int stored = upload.upload(input);
            redirect.addFlashAttribute("uploaded", stored);
            return "redirect:/monitoring/reports";
        } catch (UploadRefused e) {
            model.addAttribute("problems", e.problems());
        } catch (IllegalArgumentException e) {
            model.addAttribute("problems", List.of(new UploadProblem(1, "file", e.getMessage())));
        }
        return reports(model);
    }

    @GetMapping("/monitoring/upload/template.csv")
    void template(HttpServletResponse response) throws IOException {
        ReportingPeriod now = ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Kolkata")));
        SheetExport.csv(
                response,
                "monitoring-values",
                SheetRows.COLUMNS,
                List.of(
                        List.of(1, now.year(), now.quarter(), "FIRMS_SUPPORTED", "ACTUAL", "TOTAL", 40, ""),
                        List.of(1, now.year(), now.quarter(), "FIRMS_SUPPORTED", "TARGET", "TOTAL", 50, "")));
    }

    @GetMapping("/monitoring/indicators")
    String indicators(Model model) {
        model.addAttribute("indicators", framework.indicators());
        return "monitoring/indicators";
    }
}
