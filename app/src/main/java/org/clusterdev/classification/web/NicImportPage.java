package org.clusterdev.classification.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.clusterdev.classification.internal.NicListImport;
import org.clusterdev.platform.JobId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where an administrator uploads the NIC-2008 list. The file itself is checked here (present, small enough,
 * UTF-8 text); its rows are checked by the import job, whose page the administrator is sent to.
 */
@Controller
@RequestMapping("/admin/classification/import")
class NicImportPage {

    /** The full NIC-2008 list is about 200 KB; anything far larger is not one. */
    static final int MAX_MEGABYTES = 5;

    private static final String VIEW = "classification/import";

    private final NicListImport imports;

    NicImportPage(NicListImport imports) {
        this.imports = imports;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("maxMegabytes", MAX_MEGABYTES);
        return VIEW;
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return refuse("classification.upload.empty", model);
        }
        if (file.getSize() > MAX_MEGABYTES * 1024L * 1024L) {
            return refuse("classification.upload.tooLarge", model);
        }
        Optional<String> text = utf8(file.getBytes());
        if (text.isEmpty()) {
            return refuse("classification.upload.encoding", model);
        }
        if (text.get().isBlank()) {
            return refuse("classification.upload.empty", model);
        }
        String name = Optional.ofNullable(file.getOriginalFilename())
                .filter(original -> !original.isBlank())
                .orElse("nic.csv");
        JobId job = imports.submit(name, text.get());
        return "redirect:/jobs/" + job;
    }

    private String refuse(String reason, Model model) {
        model.addAttribute("error", reason);
        return form(model);
    }

    /** The bytes as text if they are valid UTF-8 without NUL characters (which only binary files have). */
    private static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return withoutMark.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(withoutMark);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
