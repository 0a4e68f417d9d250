package org.clusterdev.knowledge;

import java.util.List;
import java.util.Map;
import org.clusterdev.registry.ClusterSummary;

/**
 * What a search found.
 *
 * @param hits one page of documents, news, events and practices, best first
 * @param total how many match in all, or {@link KnowledgeSearch#COUNTED} when at least that many match
 * @param moreThanTotal true when more records may match than {@code total} (a word found in most records); the
 *     facets then count the first {@code total} matches
 * @param facets for each facet ({@code kind}, {@code state}, {@code product}, {@code scheme}, {@code year}) the
 *     values among the matches with their counts, most first
 * @param clusters registry clusters whose name, product or places match the words (misspellings forgiven)
 * @param spellingTolerant true when no record contained the words and the hits are titles that resemble them
 */
public record SearchResults(
        List<Hit> hits,
        long total,
        boolean moreThanTotal,
        Map<String, List<FacetValue>> facets,
        List<ClusterSummary> clusters,
        boolean spellingTolerant) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        clusters = List.copyOf(clusters);
    }

    /**
     * One record found.
     *
     * @param source {@code DOCUMENT}, {@code NEWS}, {@code EVENT} or {@code PRACTICE}
     * @param sourceId its id in its own table
     * @param snippet the passage around the words, with the matching words marked
     * @param rank its relevance (higher first)
     */
    public record Hit(
            String source, long sourceId, String title, String kind, Integer year, List<Segment> snippet, double rank) {

        public Hit {
            snippet = List.copyOf(snippet);
        }
    }

    /** A piece of a snippet; {@code match} marks a word the search found. */
    public record Segment(String text, boolean match) {}

    /** A facet value and how many matches have it. */
    public record FacetValue(String value, long count) {}
}
