package org.clusterdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ClusterdevApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void knowsTheBusinessModules() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("platform", "identity", "geography", "classification", "registry");
    }

    /** Keeps the module diagrams under docs/modules in step with the code. */
    @Test
    void writesModuleDiagramsIntoDocs() throws Exception {
        Path docs = Path.of("..", "docs", "modules").toAbsolutePath().normalize();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(docs.resolve("components.puml")).exists();
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("Registry");
    }
}
