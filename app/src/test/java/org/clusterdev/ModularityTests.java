package org.clusterdev;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** The engine is a plain library the modules use, not a business module of the application. */
    static final ApplicationModules MODULES = ApplicationModules.of(
            ClusterdevApplication.class, JavaClass.Predicates.resideInAPackage("org.clusterdev.engine.."));

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void knowsTheBusinessModules() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("platform", "identity", "geography", "classification", "registry", "mapping");
    }

    /**
     * Keeps the module diagrams under docs/modules in step with the code. The Documenter writes lines in a
     * varying order, so a diagram is replaced only when its set of lines changed: no churn in the history.
     */
    @Test
    void writesModuleDiagramsIntoDocs() throws Exception {
        Path generated = Files.createTempDirectory("modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Path docs = Path.of("..", "docs", "modules").toAbsolutePath().normalize();
        Files.createDirectories(docs);
        try (Stream<Path> diagrams = Files.list(generated)) {
            for (Path diagram : diagrams.toList()) {
                Path committed = docs.resolve(diagram.getFileName());
                if (!Files.exists(committed) || !sameLines(diagram, committed)) {
                    Files.copy(diagram, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("Registry");
    }

    private static boolean sameLines(Path a, Path b) throws Exception {
        return Files.readAllLines(a).stream()
                .sorted()
                .toList()
                .equals(Files.readAllLines(b).stream().sorted().toList());
    }
}
