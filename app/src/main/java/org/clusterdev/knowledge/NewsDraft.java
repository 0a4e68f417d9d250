package org.clusterdev.knowledge;

/**
 * The text of a news post as its author writes it.
 *
 * @param title 1 to 300 characters
 * @param summary one or two sentences, 1 to 600 characters, shown in lists and the feed
 * @param body the full text, not empty
 * @param language {@code en} or {@code hi}
 * @throws IllegalArgumentException "field: reason" for a missing or too long value
 */
public record NewsDraft(String title, String summary, String body, String language) {

    public NewsDraft {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        body = body == null ? "" : body.strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new IllegalArgumentException("title: give a title of 1 to 300 characters");
        }
        if (summary.isEmpty() || summary.length() > 600) {
            throw new IllegalArgumentException("summary: give a summary of 1 to 600 characters");
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("body: write the text of the post");
        }
        if (!"en".equals(language) && !"hi".equals(language)) {
            throw new IllegalArgumentException("language: choose English or Hindi");
        }
    }
}
