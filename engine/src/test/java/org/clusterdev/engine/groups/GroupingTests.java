package org.clusterdev.engine.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.clusterdev.engine.firms.Firm;
import org.clusterdev.engine.firms.FirmColumns;
import org.clusterdev.engine.firms.Firms;
import org.junit.jupiter.api.Test;

class GroupingTests {

    private static final Firms FIRMS = Firms.of(
            new FirmColumns.Layout(Set.of(), false, false, true),
            List.of(
                    Firm.of("a", 28.8, 78.7, "25999", 1, 0, 0).withProduct("Pital bartan"),
                    Firm.of("b", 28.8, 78.7, "24201", 1, 0, 0),
                    Firm.of("c", 28.8, 78.7, "25", 1, 0, 0),
                    Firm.of("d", 28.8, 78.7, "32909", 1, 0, 0).withProduct("brass idols"),
                    Firm.of("e", 28.8, 78.7, "25931", 1, 0, 0)));

    @Test
    void groupsByNicPrefixAndLeavesShorterCodesOut() {
        ProductGroups groups = Grouping.byNicPrefix(3).assign(FIRMS);
        assertThat(groups.count()).isEqualTo(3);
        assertThat(groups.code(0)).isEqualTo("242");
        assertThat(groups.members(0)).containsExactly(1);
        assertThat(groups.code(1)).isEqualTo("259");
        assertThat(groups.members(1)).containsExactly(0, 4);
        assertThat(groups.ungroupedCount()).isEqualTo(1);
        assertThat(groups.overlapping()).isFalse();
    }

    @Test
    void combinesNicCodesWithLocalProductNames() {
        ProductGroup brass =
                new ProductGroup("brass", "Brass and bell metal ware", List.of("2420"), List.of("Pital", "brass"));
        ProductGroup metal = new ProductGroup("metal", "Fabricated metal", List.of("259"), List.of());
        ProductGroups groups = Grouping.byProductGroups(List.of(brass, metal)).assign(FIRMS);
        assertThat(groups.members(0)).containsExactly(0, 1, 3);
        assertThat(groups.members(1)).containsExactly(0, 4);
        assertThat(groups.overlapping()).isTrue();
        assertThat(groups.ungroupedCount()).isEqualTo(1);
    }

    @Test
    void putsEveryFirmInOneGroupWithoutGrouping() {
        ProductGroups groups = Grouping.allFirms().assign(FIRMS);
        assertThat(groups.count()).isOne();
        assertThat(groups.members(0)).hasSize(5);
    }

    @Test
    void refusesBadPrefixesAndEmptyGroups() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Grouping.byNicPrefix(6))
                .withMessageStartingWith("group-by");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProductGroup("x", "x", List.of("2a"), List.of()))
                .withMessageStartingWith("nic");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProductGroup("x", "x", List.of(), List.of(" ")))
                .withMessageContaining("neither");
    }
}
