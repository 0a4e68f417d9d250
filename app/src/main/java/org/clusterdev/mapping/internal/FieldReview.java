package org.clusterdev.mapping.internal;

import java.util.Optional;
import org.clusterdev.mapping.CandidateView;
import org.clusterdev.mapping.Comparison;
import org.clusterdev.mapping.Confidence;
import org.clusterdev.mapping.Review;

/**
 * A candidate's field validation, with its rules as guarded transitions: only a new candidate is sent; only the
 * person it was sent to confirms or rejects it; only a confirmed candidate is promoted, once. Each transition refuses
 * with "field: reason" and returns the review after it.
 */
public record FieldReview(
        Comparison comparison,
        Review review,
        Optional<String> reviewer,
        Optional<String> note,
        Optional<Confidence> confidence,
        Optional<Long> promotedClusterId) {

    /** The review of a stored candidate. */
    public static FieldReview of(CandidateView candidate) {
        return new FieldReview(
                candidate.comparison(),
                candidate.review(),
                candidate.reviewer(),
                candidate.note(),
                candidate.confidence(),
                candidate.promotedClusterId());
    }

    /** Sends a new candidate (again, if no answer came yet) to a reviewer. */
    public FieldReview sendTo(String username) {
        if (comparison != Comparison.NEW) {
            throw new IllegalArgumentException("review: only a new candidate is sent for field validation");
        }
        if (review != Review.NONE && review != Review.SENT) {
            throw new IllegalArgumentException(
                    "review: the candidate has already been " + review.name().toLowerCase());
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("reviewer: choose who validates it in the field");
        }
        return new FieldReview(
                comparison, Review.SENT, Optional.of(username.strip()), note, confidence, promotedClusterId);
    }

    /** The reviewer confirms the candidate with a confidence level and the evidence seen. */
    public FieldReview confirm(String by, Confidence level, String evidence) {
        answerableBy(by);
        if (level == null) {
            throw new IllegalArgumentException("confidence: choose LOW, MEDIUM or HIGH");
        }
        return new FieldReview(
                comparison, Review.CONFIRMED, reviewer, required(evidence), Optional.of(level), promotedClusterId);
    }

    /** The reviewer rejects the candidate, saying why. */
    public FieldReview reject(String by, String reason) {
        answerableBy(by);
        return new FieldReview(
                comparison, Review.REJECTED, reviewer, required(reason), Optional.empty(), promotedClusterId);
    }

    /** Records the registry cluster made from a confirmed candidate. */
    public FieldReview promoted(long clusterId) {
        checkPromotable();
        return new FieldReview(comparison, review, reviewer, note, confidence, Optional.of(clusterId));
    }

    /** Refuses unless the candidate is confirmed and not yet promoted. */
    public void checkPromotable() {
        if (review != Review.CONFIRMED) {
            throw new IllegalArgumentException("review: only a candidate confirmed in the field is promoted");
        }
        if (promotedClusterId.isPresent()) {
            throw new IllegalArgumentException("review: the candidate is already in the registry");
        }
    }

    private void answerableBy(String by) {
        if (review != Review.SENT) {
            throw new IllegalArgumentException("review: the candidate has not been sent for field validation");
        }
        if (reviewer.filter(name -> name.equalsIgnoreCase(by)).isEmpty()) {
            throw new IllegalArgumentException("reviewer: the candidate was sent to someone else");
        }
    }

    private static Optional<String> required(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("note: say what was seen in the field");
        }
        if (text.length() > 4000) {
            throw new IllegalArgumentException("note: at most 4000 characters");
        }
        return Optional.of(text.strip());
    }
}
