package org.clusterdev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.clusterdev.platform.database.EmbeddedServerSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL per test JVM, shared by every application context the tests start. Registered in
 * {@code META-INF/spring.factories}, it points {@code spring.datasource.url} at that server, so tests
 * also exercise the path a production deployment takes. Tests may override any property it sets.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The administrator every test context creates at start-up. */
    public static final String ADMIN_USERNAME = "admin";

    public static final String ADMIN_PASSWORD = "test-admin-password";

    private static EmbeddedPostgres postgres;

    /** The shared server, started on first use in a fresh directory and stopped after the last application context closes. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                Path directory = Files.createTempDirectory("clusterdev-test-db");
                postgres = EmbeddedServerSettings.applyTo(EmbeddedPostgres.builder())
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(true)
                        .setRegisterShutdownHook(false)
                        .start();
                EmbeddedPostgres started = postgres;
                // after every application context has closed: they still use the database while closing
                SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is ending; nothing more to do
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL", e);
            }
        }
        return postgres;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "clusterdev-test-database",
                        Map.of(
                                "spring.datasource.url", postgres().getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "postgres",
                                "clusterdev.sample-data", "true",
                                "clusterdev.admin.username", ADMIN_USERNAME,
                                "clusterdev.admin.password", ADMIN_PASSWORD,
                                "clusterdev.data-dir", "target/test-data")));
    }
}
