package org.clusterdev.engine.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.Progress;
import org.clusterdev.engine.firms.Firms;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.io.FirmCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticFirmsTests {

    @TempDir
    Path dir;

    @Test
    void givesTheSameFirmsForASeedWhateverTheThreadsAndTheFileSaysTheSame() throws IOException {
        Firms one;
        Firms two;
        Firms read;
        Path file = dir.resolve("firms.csv.gz");
        try (Parallelism single = Parallelism.threads(1);
                Parallelism pair = Parallelism.threads(2)) {
            one = SyntheticFirms.withSeed(42).generate(150_000, single);
            two = SyntheticFirms.withSeed(42).generate(150_000, pair);
            SyntheticFirms.withSeed(42).write(file, 150_000, pair, Progress.none());
            read = new FirmCsvReader(FirmCsvReader.Options.defaults())
                    .read(file, pair)
                    .firms();
        }
        assertThat(Files.size(file)).isPositive();
        for (Firms other : new Firms[] {two, read}) {
            assertThat(other.size()).isEqualTo(one.size());
            for (int i = 0; i < one.size(); i += 13) {
                assertThat(other.id(i)).isEqualTo(one.id(i));
                assertThat(other.latitude(i)).isEqualTo(one.latitude(i));
                assertThat(other.longitude(i)).isEqualTo(one.longitude(i));
                assertThat(other.nic(i)).isEqualTo(one.nic(i));
                assertThat(other.employment(i)).isEqualTo(one.employment(i));
                assertThat(other.turnoverInr(i)).isEqualTo(one.turnoverInr(i));
                assertThat(other.weight(WeightColumn.LOOMS, i)).isEqualTo(one.weight(WeightColumn.LOOMS, i));
                assertThat(other.district(i)).isEqualTo(one.district(i));
            }
        }
        try (Parallelism single = Parallelism.threads(1)) {
            Firms otherSeed = SyntheticFirms.withSeed(43).generate(1000, single);
            assertThat(otherSeed.latitude(0)).isNotEqualTo(one.latitude(0));
        }
    }

    @Test
    void looksLikeIndianMsmes() {
        Firms firms;
        try (Parallelism parallelism = Parallelism.threads(2)) {
            firms = SyntheticFirms.withSeed(1).generate(100_000, parallelism);
        }
        int micro = 0;
        int inClusterTowns = 0;
        int onPinLattice = 0;
        int weavers = 0;
        for (int i = 0; i < firms.size(); i++) {
            micro += firms.employment(i) < 10 ? 1 : 0;
            inClusterTowns += firms.productIndex(i) >= 0 ? 1 : 0;
            onPinLattice += Math.abs(firms.latitude(i) * 50 - Math.rint(firms.latitude(i) * 50)) < 1e-9 ? 1 : 0;
            weavers += firms.nic(i).startsWith("1312") && firms.weight(WeightColumn.LOOMS, i) > 0 ? 1 : 0;
            assertThat(firms.latitude(i)).isBetween(6.0, 37.5);
            assertThat(firms.longitude(i)).isBetween(67.0, 98.0);
        }
        assertThat(micro).isBetween(90_000, 97_000);
        assertThat(inClusterTowns).as("in clusters, with their own product").isBetween(12_000, 16_000);
        assertThat(onPinLattice).isBetween(18_000, 22_000);
        assertThat(weavers).isGreaterThan(2_000);
        assertThat(firms.districtNames()).contains("Rajkot", "Tiruppur", "Moradabad", "Varanasi", "Bhadohi");
    }
}
