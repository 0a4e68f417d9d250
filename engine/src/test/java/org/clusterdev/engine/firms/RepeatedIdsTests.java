package org.clusterdev.engine.firms;

import static org.assertj.core.api.Assertions.assertThat;

import org.clusterdev.engine.Parallelism;
import org.junit.jupiter.api.Test;

class RepeatedIdsTests {

    @Test
    void findsEachRowRepeatingAnEarlierIdWithTheFirstRowOfThatId() {
        FirmsAssembly table = table("a", "b", "a", "c", "d", "c", "b", "e", "a");
        RepeatedIds.Repeats repeats = find(table, 1);
        assertThat(repeats.rows()).containsExactly(2, 5, 6, 8);
        assertThat(repeats.firsts()).containsExactly(0, 3, 1, 0);
    }

    @Test
    void dropsTheRepeatingRowsKeepingTheOthersWithAllTheirColumns() {
        FirmsAssembly table = table("a", "b", "a", "c", "d", "c", "b", "e", "a");
        table.dropRows(find(table, 1).rows());
        Firms firms = table.build();
        assertThat(firms.size()).isEqualTo(5);
        assertThat(firms.select(row -> true)).hasSize(5);
        assertThat(new String[] {firms.id(0), firms.id(1), firms.id(2), firms.id(3), firms.id(4)})
                .containsExactly("a", "b", "c", "d", "e");
        // e was row 7 of the file: its latitude, district and product came along
        assertThat(firms.latitude(4)).isEqualTo(7);
        assertThat(firms.district(4)).contains("District 7");
        assertThat(firms.productNames().get(firms.productIndex(4))).isEqualTo("product 7");
        assertThat(firms.latitude(2)).isEqualTo(3);
    }

    @Test
    void findsTheSameRepeatsAmongManyPartsWithOneOrTwoThreads() {
        // 100,000 ids over many parts; every 1000th row from 50,000 on repeats the id of row - 49,999
        String[] ids = new String[100_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i >= 50_000 && i % 1000 == 0 ? "firm-" + (i - 49_999) : "firm-" + i;
        }
        FirmsAssembly table = table(ids);
        for (int threads = 1; threads <= 2; threads++) {
            RepeatedIds.Repeats repeats = find(table, threads);
            assertThat(repeats.count()).isEqualTo(50);
            assertThat(repeats.rows()[0]).isEqualTo(50_000);
            assertThat(repeats.firsts()[0]).isEqualTo(1);
            assertThat(repeats.rows()[49]).isEqualTo(99_000);
            assertThat(repeats.firsts()[49]).isEqualTo(49_001);
        }
    }

    @Test
    void findsNothingInAnEmptyTableOrOneWithoutRepeats() {
        assertThat(find(table(), 2).count()).isZero();
        assertThat(find(table("x", "xx", "X"), 2).count()).isZero();
    }

    private static RepeatedIds.Repeats find(FirmsAssembly table, int threads) {
        try (Parallelism parallelism = Parallelism.threads(threads)) {
            return RepeatedIds.find(table, parallelism);
        }
    }

    /** A table of firms with the given ids, the i-th at latitude i (modulo 90) with a district and product after i. */
    private static FirmsAssembly table(String... ids) {
        FirmColumns columns = new FirmColumns(FirmColumns.Layout.all(), 4);
        for (int i = 0; i < ids.length; i++) {
            columns.add(new Firm(
                    ids[i], i % 90, 80, "1410", 1, 0, 0, 0, 0, 0, 0, "District " + i, "State", "product " + i));
        }
        FirmsAssembly table = new FirmsAssembly(FirmColumns.Layout.all(), 4);
        table.append(columns);
        return table;
    }
}
