package org.clusterdev.knowledge;

/**
 * Where a news post is in the editorial workflow: an author writes a draft and submits it for review; an editor
 * publishes it or returns it to its author as a draft. Only published posts are public and in the feed.
 */
public enum NewsStatus {
    DRAFT,
    REVIEW,
    PUBLISHED;

    /**
     * The status after the author submits the post.
     *
     * @throws IllegalStateException unless it is a draft
     */
    public NewsStatus submit() {
        if (this != DRAFT) {
            throw new IllegalStateException("status: only a draft can be submitted for review");
        }
        return REVIEW;
    }

    /**
     * The status after an editor publishes the post.
     *
     * @throws IllegalStateException unless it is under review
     */
    public NewsStatus publish() {
        if (this != REVIEW) {
            throw new IllegalStateException("status: only a post under review can be published");
        }
        return PUBLISHED;
    }

    /**
     * The status after an editor returns the post to its author.
     *
     * @throws IllegalStateException unless it is under review
     */
    public NewsStatus returnToDraft() {
        if (this != REVIEW) {
            throw new IllegalStateException("status: only a post under review can be returned to its author");
        }
        return DRAFT;
    }

    /** Whether the text may still be changed: a published post stays as it was read. */
    public boolean editable() {
        return this != PUBLISHED;
    }
}
