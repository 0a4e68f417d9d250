package org.clusterdev.knowledge.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.clusterdev.knowledge.NewsPost;

/**
 * Writes published news as an Atom 1.0 feed (RFC 4287): a feed id, title, updated time and self link, and per
 * post an id, title, updated and published times, its link, author and summary. XML is written by the StAX
 * writer, so titles with ampersands or angle brackets stay well-formed.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * The feed document.
     *
     * @param base the absolute address of the application, e.g. {@code https://clusterdev.example.in}
     * @param title the feed's title in the reader's language
     */
    static String write(String base, String title, List<NewsPost> posts) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "feed");
            xml.writeDefaultNamespace(NAMESPACE);
            element(xml, "id", base + "/news");
            element(xml, "title", title);
            Instant updated = posts.stream()
                    .map(p -> p.publishedAt().orElse(p.updatedAt()))
                    .max(Instant::compareTo)
                    .orElse(Instant.EPOCH);
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(xml, "self", base + "/news/feed");
            link(xml, "alternate", base + "/news");
            for (NewsPost post : posts) {
                xml.writeStartElement(NAMESPACE, "entry");
                element(xml, "id", base + "/news/" + post.id());
                element(xml, "title", post.title());
                Instant published = post.publishedAt().orElse(post.updatedAt());
                element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(published));
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(published));
                link(xml, "alternate", base + "/news/" + post.id());
                xml.writeStartElement(NAMESPACE, "author");
                element(xml, "name", post.author());
                xml.writeEndElement();
                xml.writeStartElement(NAMESPACE, "summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(post.summary());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the news feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement(NAMESPACE, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
