package org.clusterdev.classification.web;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.classification.Classification;
import org.clusterdev.classification.NicCode;
import org.clusterdev.classification.NicLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** NIC-2008 for programs, readable without a token. */
@RestController
@RequestMapping("/api/v1/classification/nic")
class ClassificationApi {

    private final Classification classification;

    ClassificationApi(Classification classification) {
        this.classification = classification;
    }

    /**
     * The codes directly below {@code parent}, or the sections without it; 400 for a malformed code, 404 for
     * one that is not stored.
     */
    @GetMapping
    List<NicCode> children(@RequestParam Optional<String> parent) {
        parent.ifPresent(code -> stored("parent", code));
        return classification.children(parent);
    }

    /** One code; 400 if malformed, 404 if not stored. */
    @GetMapping("/{code}")
    NicCode code(@PathVariable String code) {
        return stored("code", code);
    }

    private NicCode stored(String field, String code) {
        if (NicLevel.of(code.strip().toUpperCase(Locale.ROOT)).isEmpty()) {
            throw new IllegalArgumentException(
                    field + ": " + code + " is not a NIC-2008 code (a section letter A-U or 2 to 5 digits)");
        }
        return classification.find(code).orElseThrow(() -> new NoSuchElementException("no NIC-2008 code " + code));
    }
}
