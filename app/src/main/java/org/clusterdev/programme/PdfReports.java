package org.clusterdev.programme;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Turns a Thymeleaf template into a PDF report (the diagnostic report, the action plan): the page is rendered with
 * the reader's language and the application's beans ({@code @formats} for lakh and crore), then laid out by
 * openhtmltopdf. The template must be well-formed XHTML (every element closed, no HTML-only entities).
 *
 * <p>Hindi needs a Devanagari font: the Debian font {@code fonts-lohit-deva} (or Noto Sans Devanagari) is used
 * when installed, under the family name {@value #DEVANAGARI}; without it the report is still produced, and
 * Devanagari text shows as missing glyphs rather than failing the download.
 */
@Service
public class PdfReports {

    /** The font family a template names for Devanagari text, after its Latin family. */
    public static final String DEVANAGARI = "Devanagari";

    /** The font family a template names for Latin text. */
    public static final String LATIN = "Report Sans";

    static final List<Path> DEVANAGARI_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansDevanagari-Regular.ttf"));

    static final List<Path> LATIN_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));

    private static final Logger log = LoggerFactory.getLogger(PdfReports.class);

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;

    PdfReports(SpringTemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /**
     * Renders {@code template} (a Thymeleaf view name such as {@code programme/pdf/diagnostic-report}) with the
     * variables, in the locale's language, as a PDF.
     *
     * @throws UncheckedIOException when the PDF cannot be written
     */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        Context context = new Context(locale, variables);
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String html = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            firstExisting(LATIN_FONTS).ifPresent(font -> builder.useFont(font.toFile(), LATIN));
            firstExisting(DEVANAGARI_FONTS)
                    .ifPresentOrElse(
                            font -> builder.useFont(font.toFile(), DEVANAGARI),
                            () -> log.warn("No Devanagari font installed (fonts-lohit-deva): Hindi text in PDF"
                                    + " reports shows as missing glyphs"));
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report " + template, e);
        }
        return pdf.toByteArray();
    }

    private static java.util.Optional<Path> firstExisting(List<Path> candidates) {
        return candidates.stream().filter(Files::isReadable).findFirst();
    }
}
