package org.clusterdev.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clusterdev.registry.ClusterSearch.BoundingBox;
import org.junit.jupiter.api.Test;

class FeatureQueryTests {

    static final SearchParameters NO_FILTER = new SearchParameters(null, null, null, null, null, null, null, null);

    @Test
    void readsAFourOrSixNumberBboxIgnoringHeights() {
        assertThat(FeatureQuery.of(NO_FILTER, "68, 20,74.6,24.8", 100, 0)
                        .search()
                        .bbox())
                .contains(new BoundingBox(68, 20, 74.6, 24.8));
        assertThat(FeatureQuery.of(NO_FILTER, "68,20,-10,74.6,24.8,900", 100, 0)
                        .search()
                        .bbox())
                .contains(new BoundingBox(68, 20, 74.6, 24.8));
        assertThat(FeatureQuery.of(NO_FILTER, null, 100, 0).search().bbox()).isEmpty();
    }

    @Test
    void refusesAMalformedBboxNamingIt() {
        assertThatThrownBy(() -> FeatureQuery.of(NO_FILTER, "68,20,74.6", 100, 0))
                .hasMessageStartingWith("bbox: give four numbers");
        assertThatThrownBy(() -> FeatureQuery.of(NO_FILTER, "68,20,NaN,24", 100, 0))
                .hasMessage("bbox: 'NaN' is not a finite number");
        assertThatThrownBy(() -> FeatureQuery.of(NO_FILTER, "68,20,x,24", 100, 0))
                .hasMessage("bbox: 'x' is not a number");
    }

    @Test
    void keepsLimitAndOffsetInRange() {
        assertThat(FeatureQuery.of(NO_FILTER, null, 10_000, 5).limit()).isEqualTo(10_000);
        assertThatThrownBy(() -> FeatureQuery.of(NO_FILTER, null, 10_001, 0)).hasMessageStartingWith("limit:");
        assertThatThrownBy(() -> FeatureQuery.of(NO_FILTER, null, 0, 0)).hasMessageStartingWith("limit:");
        assertThatThrownBy(() -> FeatureQuery.of(NO_FILTER, null, 10, -1)).hasMessageStartingWith("offset:");
    }

    @Test
    void refusesUnknownParametersButKnowsTheDirectoryFilters() {
        FeatureQuery.refuseUnknown(List.of("bbox", "limit", "q", "minEnterprises", "lang", "datetime"));
        assertThatThrownBy(() -> FeatureQuery.refuseUnknown(List.of("limit", "sortby")))
                .hasMessageStartingWith("sortby: is not a parameter of this collection");
    }
}
