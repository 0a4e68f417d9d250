package org.clusterdev.monitoring.web;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.clusterdev.monitoring.PeerComparisons;
import org.clusterdev.monitoring.RatingEntry;
import org.clusterdev.monitoring.RatingFrame;
import org.clusterdev.monitoring.RatingScheme;
import org.clusterdev.monitoring.RatingSchemes;
import org.clusterdev.monitoring.Ratings;
import org.clusterdev.monitoring.ThematicRanking;
import org.clusterdev.platform.Pagination;
import org.clusterdev.registry.ClusterRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** A scheme's three-year frame of every subject rated, thematic rankings and the comparison with peers. */
@Controller
class RankingController {

    static final int PAGE_SIZE = 50;

    private final Ratings ratings;
    private final RatingSchemes schemes;
    private final PeerComparisons peers;
    private final ClusterRegistry registry;

    RankingController(Ratings ratings, RatingSchemes schemes, PeerComparisons peers, ClusterRegistry registry) {
        this.ratings = ratings;
        this.schemes = schemes;
        this.peers = peers;
        this.registry = registry;
    }

    @GetMapping("/monitoring/ratings/schemes/{code}/frame")
    String frame(
            @PathVariable String code,
            @RequestParam(required = false) Integer to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RatingScheme scheme = scheme(code);
        int last = to == null ? Ratings.currentYear() : to;
        Pagination pages = Pagination.of(page, PAGE_SIZE, ratings.frameSize(code, last));
        model.addAttribute("scheme", scheme);
        model.addAttribute("to", last);
        model.addAttribute(
                "yearLabels",
                RatingFrame.yearsEnding(last).stream()
                        .map(RatingEntry::yearLabel)
                        .toList());
        model.addAttribute("lines", ratings.frameLines(code, last, pages.offset(), PAGE_SIZE));
        model.addAttribute("page", pages);
        model.addAttribute("base", "/monitoring/ratings/schemes/" + code + "/frame?to=" + last);
        return "monitoring/rating-frames";
    }

    @GetMapping("/monitoring/ratings/schemes/{code}/thematic")
    String thematic(
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String nic,
            @RequestParam(required = false) String word,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RatingScheme scheme = scheme(code);
        int rated = year == null ? Ratings.currentYear() : year;
        Optional<String> byNic = nic == null ? scheme.productNic() : Optional.of(nic);
        Optional<String> byWord = word == null ? scheme.productWord() : Optional.of(word);
        model.addAttribute("scheme", scheme);
        model.addAttribute("year", rated);
        model.addAttribute("yearLabel", RatingEntry.yearLabel(rated));
        try {
            ThematicRanking ranking = ratings.thematic(code, rated, byNic, byWord);
            Pagination pages = Pagination.of(page, PAGE_SIZE, ranking.entries().size());
            model.addAttribute("ranking", ranking);
            model.addAttribute("entries", ranking.entries().subList(pages.offset(), (int)
                    Math.min(ranking.entries().size(), pages.offset() + PAGE_SIZE)));
            model.addAttribute("page", pages);
            model.addAttribute(
                    "base",
                    UriComponentsBuilder.fromPath("/monitoring/ratings/schemes/" + code + "/thematic")
                            .queryParam("year", rated)
                            .queryParam("nic", ranking.nic().orElse(""))
                            .queryParam("word", ranking.word().orElse(""))
                            .encode()
                            .toUriString());
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", RatingError.of(e));
        }
        model.addAttribute("nic", byNic.orElse(""));
        model.addAttribute("word", byWord.orElse(""));
        return "monitoring/rating-thematic";
    }

    @GetMapping("/monitoring/ratings/peers")
    String peers(
            @RequestParam long cluster,
            @RequestParam(defaultValue = "RATING:CLUSTER_GENERAL") String measure,
            @RequestParam(required = false) Integer year,
            Model model) {
        int of = year == null ? Ratings.currentYear() : year;
        model.addAttribute(
                "cluster", registry.summary(cluster).orElseThrow(() -> new NoSuchElementException("no cluster")));
        model.addAttribute("measures", peers.measures());
        model.addAttribute("measure", measure);
        model.addAttribute("year", of);
        try {
            model.addAttribute("comparison", peers.compare(cluster, measure, of));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", RatingError.of(e));
        }
        return "monitoring/rating-peers";
    }

    private RatingScheme scheme(String code) {
        return schemes.scheme(code).orElseThrow(() -> new NoSuchElementException("no rating scheme " + code));
    }
}
