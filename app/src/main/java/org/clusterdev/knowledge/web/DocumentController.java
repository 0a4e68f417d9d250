package org.clusterdev.knowledge.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.clusterdev.geography.Geography;
import org.clusterdev.identity.Role;
import org.clusterdev.knowledge.ActivityType;
import org.clusterdev.knowledge.DocumentKind;
import org.clusterdev.knowledge.DocumentLibrary;
import org.clusterdev.knowledge.DocumentView;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The document repository's pages: the list with the upload form, a document, and its file. */
@Controller
class DocumentController {

    private final DocumentLibrary library;
    private final ClusterRegistry registry;
    private final Geography geography;

    DocumentController(DocumentLibrary library, ClusterRegistry registry, Geography geography) {
        this.library = library;
        this.registry = registry;
        this.geography = geography;
    }

    @GetMapping("/documents")
    String documents(Model model) {
        return page(DocumentForm.empty(), model);
    }

    /**
     * Uploads a document. The servlet container has already spooled the part to a temporary file (the multipart
     * threshold is 0), and the library streams it on from there: no copy of the file is ever made in memory.
     */
    @PostMapping("/documents")
    String upload(@RequestParam("file") MultipartFile file, @ModelAttribute("form") DocumentForm form, Model model) {
        if (!library.mayContribute()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only people working on programmes may upload documents.");
        }
        try {
            long id = library.upload(form.toDetails(), file.getOriginalFilename(), file::getInputStream);
            return "redirect:/documents/" + id;
        } catch (IllegalArgumentException e) {
            model.addAttribute("uploadError", e.getMessage());
            model.addAttribute(
                    "errorField",
                    e.getMessage().substring(0, Math.max(0, e.getMessage().indexOf(':'))));
            return page(form, model);
        }
    }

    @GetMapping("/documents/{id:\\d+}")
    String document(@PathVariable long id, Model model) {
        DocumentView document = library.document(id).orElseThrow(() -> new NoSuchElementException("no document " + id));
        model.addAttribute("document", document);
        model.addAttribute(
                "stateName",
                document.stateCode()
                        .flatMap(geography::state)
                        .map(org.clusterdev.geography.State::name)
                        .orElse(""));
        return "knowledge/document";
    }

    @GetMapping("/documents/{id:\\d+}/file")
    ResponseEntity<Resource> file(@PathVariable long id) throws IOException {
        DocumentView document = library.document(id).orElseThrow(() -> new NoSuchElementException("no document " + id));
        Path path = library.file(id).orElseThrow(() -> new NoSuchElementException("no document " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(Files.size(path))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new FileSystemResource(path));
    }

    private String page(DocumentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("documents", library.recent(50));
        model.addAttribute("mayContribute", library.mayContribute());
        model.addAttribute("maxMegabytes", library.maxBytes() / (1024 * 1024));
        if (library.mayContribute()) {
            model.addAttribute("kinds", DocumentKind.values());
            model.addAttribute("activityTypes", ActivityType.values());
            model.addAttribute("roles", List.of(Role.values()));
            model.addAttribute("states", geography.states());
            model.addAttribute("clusters", registry.all());
        }
        return "knowledge/documents";
    }
}
