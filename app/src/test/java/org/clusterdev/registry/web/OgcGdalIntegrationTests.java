package org.clusterdev.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clusterdev.registry.ClusterRegistry;
import org.clusterdev.registry.ClusterSearch;
import org.clusterdev.registry.ClusterSearch.BoundingBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GDAL's OGC API - Features driver (Debian package {@code gdal-bin}) reads the clusters collection, as QGIS
 * does. Without GDAL the tests are skipped with a message, except where {@code CLUSTERDEV_REQUIRE_GDAL=true}
 * (set by CI), where a missing GDAL fails the build.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OgcGdalIntegrationTests {

    static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    @LocalServerPort
    int port;

    @Autowired
    ClusterRegistry registry;

    @BeforeAll
    static void requireGdal() {
        boolean installed = Files.isExecutable(OGRINFO);
        if (!installed && "true".equals(System.getenv("CLUSTERDEV_REQUIRE_GDAL"))) {
            throw new IllegalStateException("GDAL is required: apt-get install gdal-bin");
        }
        assumeTrue(installed, "GDAL tests skipped: install Debian's gdal-bin to run them");
    }

    @Test
    void ogrinfoSummarisesTheCollectionWithItsFeatureCountAndFields() throws Exception {
        String summary = ogrinfo("-ro", "-so", service(), "clusters");

        assertThat(summary)
                .contains("Layer name: clusters")
                .contains("Geometry: Point")
                .contains("Feature Count: " + registry.count())
                .contains("name: String")
                .contains("stateCode: Integer");
    }

    @Test
    void ogrinfoReadsTheFeaturesInABoxPageByPage() throws Exception {
        long inBox = registry.count(ClusterSearch.everything().within(new BoundingBox(68, 20, 74.6, 24.8)));
        // a page size below the number of features makes GDAL follow the 'next' links
        String features =
                ogrinfo("-ro", "-al", "-oo", "PAGE_SIZE=2", "-spat", "68", "20", "74.6", "24.8", service(), "clusters");

        assertThat(inBox).isGreaterThan(2);
        assertThat(features)
                .contains("Feature Count: " + inBox)
                .contains("name (String) = Rajkot Diesel Engines")
                .contains("stateCode (Integer) = 24")
                .doesNotContain("stateCode (Integer) = 21");
        assertThat(count(features, "OGRFeature(clusters):")).isEqualTo(inBox);
        assertThat(features).contains("POINT (70.8022 22.3039)");
    }

    private String service() {
        return "OAPIF:http://localhost:" + port + "/ogc";
    }

    private static String ogrinfo(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(OGRINFO.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        // the test server is local: a proxy configured for the build must not be asked for it
        List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
                .forEach(environment::remove);
        environment.put("NO_PROXY", "localhost,127.0.0.1");
        environment.put("GDAL_HTTP_TIMEOUT", "60");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("ogrinfo finished").isTrue();
        assertThat(process.exitValue())
                .as("ogrinfo exit code; output:%n%s", output)
                .isZero();
        return output;
    }

    private static long count(String text, String marker) {
        return text.lines().filter(line -> line.startsWith(marker)).count();
    }
}
