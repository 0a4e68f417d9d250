package org.clusterdev.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Headlines from PostgreSQL become plain and marked pieces, so the page never renders stored text as HTML. */
class SnippetTests {

    @Test
    void splitsAHeadlineAtItsMarkersAndKeepsMarkupAsText() {
        assertThat(KnowledgeSearch.segments("the <b>weavers</b> of ⟦कालीन⟧ and ⟦dyeing⟧"))
                .containsExactly(
                        new SearchResults.Segment("the <b>weavers</b> of ", false),
                        new SearchResults.Segment("कालीन", true),
                        new SearchResults.Segment(" and ", false),
                        new SearchResults.Segment("dyeing", true));
    }

    @Test
    void aLoneMarkerIsDropped() {
        assertThat(KnowledgeSearch.segments("broken ⟦marker"))
                .containsExactly(new SearchResults.Segment("broken marker", false));
    }
}
