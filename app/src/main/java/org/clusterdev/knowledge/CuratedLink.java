package org.clusterdev.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A link curated by an editor.
 *
 * @param id 0 for a new link
 * @param kind an international site, an international event, or reading
 * @param url an absolute {@code http} or {@code https} address
 * @param listName the reading list it belongs to, for reading
 * @throws IllegalArgumentException "field: reason" for a missing title or an address that is not a web address
 */
public record CuratedLink(long id, Kind kind, String title, String url, String description, Optional<String> listName) {

    public CuratedLink {
        if (kind == null) {
            throw new IllegalArgumentException("kind: choose what the link is");
        }
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new IllegalArgumentException("title: give a title of 1 to 300 characters");
        }
        url = url == null ? "" : url.strip();
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("url: give a web address starting with http:// or https://");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url: '" + url + "' is not a web address");
        }
        description = description == null ? "" : description.strip();
        listName = listName.map(String::strip).filter(l -> !l.isEmpty());
    }

    /** What a link points to. */
    public enum Kind {
        INTERNATIONAL_SITE,
        INTERNATIONAL_EVENT,
        READING
    }
}
