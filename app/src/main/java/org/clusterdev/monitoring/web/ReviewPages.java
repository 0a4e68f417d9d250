package org.clusterdev.monitoring.web;

import java.util.Locale;
import java.util.Map;
import org.clusterdev.monitoring.Criterion;
import org.clusterdev.monitoring.PolicyReview;
import org.clusterdev.monitoring.SchemeReview;
import org.clusterdev.monitoring.SchemeReviews;
import org.clusterdev.programme.PdfReports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The policy review across schemes and each scheme's review, as pages, PDF and JSON. */
@Controller
class ReviewPages {

    private final SchemeReviews reviews;
    private final PdfReports pdf;

    ReviewPages(SchemeReviews reviews, PdfReports pdf) {
        this.reviews = reviews;
        this.pdf = pdf;
    }

    @GetMapping("/monitoring/schemes")
    String policy(Model model) {
        model.addAttribute("review", reviews.policy());
        model.addAttribute("criteria", Criterion.values());
        return "monitoring/review-policy";
    }

    @GetMapping("/monitoring/schemes/{code}")
    String scheme(@PathVariable String code, Model model) {
        model.addAttribute("review", reviews.scheme(code));
        model.addAttribute("criteria", Criterion.values());
        return "monitoring/review-scheme";
    }

    @GetMapping("/monitoring/schemes/review.pdf")
    ResponseEntity<byte[]> policyPdf(Locale locale) {
        Map<String, Object> variables = Map.of("review", reviews.policy(), "criteria", Criterion.values());
        return pdf("policy-review", pdf.render("monitoring/review-policy-pdf", variables, locale));
    }

    @GetMapping("/monitoring/schemes/{code}/review.pdf")
    ResponseEntity<byte[]> schemePdf(@PathVariable String code, Locale locale) {
        Map<String, Object> variables = Map.of("review", reviews.scheme(code), "criteria", Criterion.values());
        return pdf("scheme-review-" + code, pdf.render("monitoring/review-scheme-pdf", variables, locale));
    }

    @GetMapping("/api/v1/reviews/policy")
    @ResponseBody
    PolicyReview policyJson() {
        return reviews.policy();
    }

    @GetMapping("/api/v1/reviews/schemes/{code}")
    @ResponseBody
    SchemeReview schemeJson(@PathVariable String code) {
        return reviews.scheme(code);
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }
}
