package org.clusterdev.knowledge;

import java.util.Optional;

/**
 * A search of the knowledge base: words in English or Hindi (web-search syntax: quotes for phrases, {@code or},
 * {@code -} to exclude), and facet filters; an absent filter lets everything through.
 *
 * @param words the words, empty to list everything newest first
 * @param kind a document kind, {@code NEWS}, an event kind or an activity type
 * @param stateCode an LGD state code
 * @param product a product, as stored
 * @param scheme a scheme, as stored
 * @param year a year
 */
public record SearchQuery(
        Optional<String> words,
        Optional<String> kind,
        Optional<Integer> stateCode,
        Optional<String> product,
        Optional<String> scheme,
        Optional<Integer> year) {

    public SearchQuery {
        words = words.map(String::strip).filter(w -> !w.isEmpty());
        if (words.isPresent() && words.get().length() > 200) {
            throw new IllegalArgumentException("q: at most 200 characters");
        }
        kind = kind.map(String::strip).filter(k -> !k.isEmpty());
        product = product.map(String::strip).filter(p -> !p.isEmpty());
        scheme = scheme.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A search for words alone. */
    public static SearchQuery of(String words) {
        return new SearchQuery(
                Optional.ofNullable(words),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
