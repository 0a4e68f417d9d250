package org.clusterdev.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clusterdev.engine.density.DensityParameters;
import org.clusterdev.engine.firms.WeightColumn;
import org.clusterdev.engine.io.ClusterDefinitionsCsv;
import org.clusterdev.engine.io.SupplierLinksCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTests {

    @Test
    void aSmallFileIsNotWorthAWarmUp(@TempDir Path folder) throws Exception {
        Path small = Files.writeString(folder.resolve("firms.csv"), "id,lat,lon,nic,employment\n");
        assertThat(WarmUp.startFor(
                        small,
                        new DensityParameters(2, 20, 0),
                        Optional.empty(),
                        ClusterDefinitionsCsv.defaults(),
                        SupplierLinksCsv.defaults()))
                .isCompleted();
    }

    @Test
    void warmsUpWithEveryWeightTheRealRunMayAskFor() {
        for (WeightColumn weight : WeightColumn.values()) {
            assertThatCode(() -> WarmUp.run(
                            5_000,
                            new DensityParameters(2, 20, 50),
                            Optional.of(weight),
                            ClusterDefinitionsCsv.defaults(),
                            SupplierLinksCsv.defaults()))
                    .as(weight.name())
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> WarmUp.run(
                        5_000,
                        new DensityParameters(2, 20, 0),
                        Optional.empty(),
                        ClusterDefinitionsCsv.defaults(),
                        SupplierLinksCsv.defaults()))
                .doesNotThrowAnyException();
    }
}
