package org.clusterdev.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Checks what a received file really is, from its bytes and never from its name, and extracts its text with
 * Apache Tika. A file whose content is not an accepted type, whose name claims another type than its content
 * (a disguised file), or that cannot be read (malformed, truncated, password-protected) is refused.
 */
@Component
public class DocumentInspection {

    /** The accepted types, by the file-name extensions that may carry them. */
    static final Map<String, List<String>> ACCEPTED = Map.of(
            "application/pdf", List.of("pdf"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
            "image/png", List.of("png"),
            "image/jpeg", List.of("jpg", "jpeg"),
            "image/tiff", List.of("tif", "tiff"));

    /** At most this much text is kept of one document; a whole book is still found by its first chapters. */
    static final int MAX_TEXT_CHARS = 1_000_000;

    private final TikaConfig tika = TikaConfig.getDefaultConfig();
    private final AutoDetectParser parser = new AutoDetectParser(tika);

    /**
     * What a file is and the text in it.
     *
     * @param mediaType the type found in its content
     * @param text its text, possibly empty (an image)
     */
    public record Inspected(String mediaType, String text) {}

    /**
     * Inspects a file.
     *
     * @param fileName the name it was uploaded with, compared with its content
     * @throws IllegalArgumentException "file: reason" for a refused file
     */
    public Inspected inspect(Path file, String fileName) {
        String type = detect(file);
        if (!ACCEPTED.containsKey(type)) {
            throw new IllegalArgumentException("file: its content is " + type
                    + ", which is not accepted; upload a PDF, DOCX, XLSX or an image (PNG, JPEG, TIFF)");
        }
        extension(fileName).ifPresent(extension -> {
            boolean claimsAnAcceptedType = ACCEPTED.values().stream().anyMatch(list -> list.contains(extension));
            if (claimsAnAcceptedType && !ACCEPTED.get(type).contains(extension)) {
                throw new IllegalArgumentException("file: it is named ." + extension + " but its content is " + type
                        + "; a file whose name disguises its content is refused");
            }
        });
        return new Inspected(type, extract(file, type));
    }

    private String detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // no name in the metadata: the type is decided by the bytes alone
            return tika.getDetector().detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String extract(Path file, String type) {
        BodyContentHandler text = new BodyContentHandler(MAX_TEXT_CHARS);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, text, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new IllegalArgumentException("file: it is password-protected; upload it without a password");
        } catch (TikaException e) {
            throw new IllegalArgumentException(
                    "file: it cannot be read as " + label(type) + " (it is damaged or incomplete); nothing was stored");
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new IllegalArgumentException("file: its text cannot be read; nothing was stored");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().replace('\u0000', ' ').strip();
    }

    private static String label(String type) {
        return ACCEPTED.get(type).get(0).toUpperCase(Locale.ROOT);
    }

    private static Optional<String> extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))
                .filter(e -> !e.isBlank());
    }
}
