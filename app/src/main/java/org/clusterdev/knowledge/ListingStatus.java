package org.clusterdev.knowledge;

/** A self-registered listing waits for an editor, who approves it (then it is public) or rejects it. */
public enum ListingStatus {
    PENDING,
    APPROVED,
    REJECTED;

    /**
     * The status after an editor's decision.
     *
     * @throws IllegalStateException when the listing was already decided
     */
    public ListingStatus decide(boolean approve) {
        if (this != PENDING) {
            throw new IllegalStateException("status: this listing has already been " + name().toLowerCase());
        }
        return approve ? APPROVED : REJECTED;
    }
}
