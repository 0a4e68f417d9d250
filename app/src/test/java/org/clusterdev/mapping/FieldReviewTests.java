package org.clusterdev.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.clusterdev.mapping.internal.FieldReview;
import org.junit.jupiter.api.Test;

class FieldReviewTests {

    static FieldReview fresh(Comparison comparison) {
        return new FieldReview(
                comparison, Review.NONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aNewCandidateIsSentConfirmedByItsReviewerAndPromotedOnce() {
        FieldReview confirmed = fresh(Comparison.NEW).sendTo("cell").confirm("cell", Confidence.HIGH, "seen 40 units");
        assertThat(confirmed.review()).isEqualTo(Review.CONFIRMED);
        FieldReview promoted = confirmed.promoted(7);
        assertThat(promoted.promotedClusterId()).contains(7L);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> promoted.promoted(8))
                .withMessageStartingWith("review:");
    }

    @Test
    void refusesToSendARegisteredCandidateOrToLetSomeoneElseAnswer() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fresh(Comparison.REGISTERED).sendTo("cell"))
                .withMessageStartingWith("review:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fresh(Comparison.NEW).sendTo("cell").confirm("other", Confidence.LOW, "x"))
                .withMessageStartingWith("reviewer:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fresh(Comparison.NEW).sendTo("cell").reject("cell", " "))
                .withMessageStartingWith("note:");
    }

    @Test
    void refusesToPromoteAnUnconfirmedOrRejectedCandidate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fresh(Comparison.NEW).promoted(1));
        FieldReview rejected = fresh(Comparison.NEW).sendTo("cda").reject("cda", "only traders, no production");
        assertThatIllegalArgumentException().isThrownBy(() -> rejected.promoted(1));
    }
}
