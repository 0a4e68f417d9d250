package org.clusterdev.monitoring.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.Rating;
import org.clusterdev.monitoring.RatingEntry;
import org.clusterdev.monitoring.RatingFrame;
import org.clusterdev.monitoring.RatingScheme;
import org.clusterdev.monitoring.RatingSchemes;
import org.clusterdev.monitoring.Ratings;
import org.clusterdev.monitoring.ThematicRanking;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ratings for programs: the published scoring grids, a scheme's three-year frame page by page, one subject's
 * frame, the thematic ranking of a product's clusters, and recording a rating. Refusals are problem details
 * naming the field, as on the pages.
 */
@RestController
class RatingsApi {

    static final int MAX_PAGE_SIZE = 500;

    private final Ratings ratings;
    private final RatingSchemes schemes;

    RatingsApi(Ratings ratings, RatingSchemes schemes) {
        this.ratings = ratings;
        this.schemes = schemes;
    }

    /** A rating as programs send it; {@code actor} only for a scheme rating associations. */
    record RatingRequest(
            String scheme,
            Integer year,
            Long cluster,
            Long actor,
            Map<String, Integer> scores,
            Map<String, String> notes,
            String note) {}

    /** One page of a scheme's frame: the subjects with their totals year by year, best latest total first. */
    record FramePage(int page, int size, long total, List<String> years, List<RatingFrame.Line> items) {}

    @GetMapping("/api/v1/ratings/schemes")
    List<RatingScheme> schemes() {
        return schemes.schemes().stream().filter(RatingScheme::published).toList();
    }

    @GetMapping("/api/v1/ratings/schemes/{code}")
    RatingScheme scheme(@PathVariable String code) {
        return published(code);
    }

    @GetMapping("/api/v1/ratings/schemes/{code}/frame")
    FramePage frame(
            @PathVariable String code,
            @RequestParam Optional<Integer> year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        published(code);
        if (page < 0) {
            throw new IllegalArgumentException("page: 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size: from 1 to " + MAX_PAGE_SIZE + ", was " + size);
        }
        int lastYear = year.orElse(Ratings.currentYear());
        List<String> years = RatingFrame.yearsEnding(lastYear).stream()
                .map(RatingEntry::yearLabel)
                .toList();
        return new FramePage(
                page,
                size,
                ratings.frameSize(code, lastYear),
                years,
                ratings.frameLines(code, lastYear, page * size, size));
    }

    @GetMapping("/api/v1/ratings/schemes/{code}/clusters/{id}")
    RatingFrame clusterFrame(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam Optional<Long> actor,
            @RequestParam Optional<Integer> year) {
        published(code);
        return ratings.frame(code, id, actor, year.orElse(Ratings.currentYear()));
    }

    @GetMapping("/api/v1/ratings/schemes/{code}/thematic")
    ThematicRanking thematic(
            @PathVariable String code,
            @RequestParam Optional<Integer> year,
            @RequestParam Optional<String> nic,
            @RequestParam Optional<String> word) {
        published(code);
        return ratings.thematic(code, year.orElse(Ratings.currentYear()), nic, word);
    }

    @PostMapping("/api/v1/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    Rating rate(@RequestBody RatingRequest request) {
        if (request.scheme() == null || request.scheme().isBlank()) {
            throw new IllegalArgumentException("scheme: give the code of a published rating scheme");
        }
        if (request.year() == null) {
            throw new IllegalArgumentException("year: give the financial year by the year it starts in, e.g. 2024");
        }
        if (request.cluster() == null) {
            throw new IllegalArgumentException("cluster: give the id of the cluster rated");
        }
        return ratings.rate(new RatingEntry(
                request.scheme(),
                request.year(),
                request.cluster(),
                Optional.ofNullable(request.actor()),
                given(request.scores()),
                given(request.notes()),
                Optional.ofNullable(request.note())));
    }

    /** The entries given a value: a criterion sent as null is one not scored, and the grid says so. */
    private static <V> Map<String, V> given(Map<String, V> entries) {
        Map<String, V> given = new HashMap<>();
        if (entries != null) {
            entries.forEach((key, value) -> {
                if (key != null && value != null) {
                    given.put(key, value);
                }
            });
        }
        return given;
    }

    private RatingScheme published(String code) {
        return schemes.scheme(code)
                .filter(RatingScheme::published)
                .orElseThrow(() -> new NoSuchElementException("scheme: no published rating scheme " + code));
    }
}
