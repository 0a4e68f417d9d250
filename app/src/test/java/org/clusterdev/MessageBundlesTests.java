package org.clusterdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every module's English and Hindi bundles have the same keys, and no Hindi value is left empty. */
class MessageBundlesTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");

    static List<String> modules() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("modules")
    void hindiBundleHasExactlyTheEnglishKeys(String module) throws IOException {
        Properties english = load(module + ".properties");
        Properties hindi = load(module + "_hi.properties");
        assertThat(hindi.stringPropertyNames())
                .as("keys of %s_hi.properties", module)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(hindi.values())
                .as("empty Hindi values in %s", module)
                .allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
