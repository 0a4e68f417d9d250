package org.clusterdev.engine.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.density.DensityLabels;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.groups.Grouping;
import org.clusterdev.engine.synthetic.SyntheticFirms;
import org.junit.jupiter.api.Test;

class ClusterMappingTests {

    private static MappingResult map(Firms firms, Grouping grouping, int threads) {
        try (Parallelism parallelism = Parallelism.threads(threads)) {
            return new ClusterMapping(DensityParameters.of(2, 10), Optional.empty())
                    .map(firms, grouping.assign(firms), parallelism, Progress.none());
        }
    }

    private static Firms firms() {
        try (Parallelism parallelism = Parallelism.threads(2)) {
            return SyntheticFirms.withSeed(9).generate(40_000, parallelism);
        }
    }

    @Test
    void numbersClustersGroupByGroupAndListsTheirMembers() {
        Firms firms = firms();
        MappingResult result = map(firms, Grouping.byNicPrefix(3), 2);
        assertThat(result.clusterCount()).isGreaterThan(10);
        int previousGroup = -1;
        for (int c = 0; c < result.clusterCount(); c++) {
            assertThat(result.groupOf(c)).isGreaterThanOrEqualTo(previousGroup);
            previousGroup = result.groupOf(c);
            assertThat(result.firstMember(c)).isEqualTo(result.member(c, 0));
            for (int k = 0; k < result.size(c); k++) {
                int firm = result.member(c, k);
                assertThat(result.membershipCount(firm)).isOne();
                assertThat(result.membershipCluster(firm, 0)).isEqualTo(c);
                assertThat(result.membershipIsCore(firm, 0)).isEqualTo(result.memberIsCore(c, k));
                if (k > 0) {
                    assertThat(firm).isGreaterThan(result.member(c, k - 1));
                }
            }
        }
        long[] kinds = result.coreBorderNoise();
        assertThat(kinds[0] + kinds[1] + kinds[2])
                .isEqualTo(firms.size() - result.groups().ungroupedCount());
    }

    @Test
    void givesTheSameClustersWithOneOrTwoThreads() {
        Firms firms = firms();
        MappingResult one = map(firms, Grouping.byNicPrefix(2), 1);
        MappingResult two = map(firms, Grouping.byNicPrefix(2), 2);
        for (int firm = 0; firm < firms.size(); firm++) {
            int memberships = one.membershipCount(firm);
            for (int k = 0; k < memberships; k++) {
                assertThat(two.membershipCluster(firm, k)).isEqualTo(one.membershipCluster(firm, k));
            }
        }
    }

    @Test
    void mapsAllFirmsAsOneGroupWithoutMemberLists() {
        Firms firms = firms();
        MappingResult result = map(firms, Grouping.allFirms(), 2);
        DensityLabels labels = result.labels(0);
        for (int firm = 0; firm < firms.size(); firm += 7) {
            assertThat(result.membershipCluster(firm, 0)).isEqualTo(labels.clusterOf(firm));
        }
    }

    @Test
    void needsAWeightColumnForAMinimumWeight() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClusterMapping(new DensityParameters(2, 1, 100), Optional.empty()))
                .withMessageStartingWith("weight");
        assertThat(new ClusterMapping(new DensityParameters(2, 1, 100), Optional.of(WeightColumn.LOOMS)).weight())
                .contains(WeightColumn.LOOMS);
    }
}
