package org.clusterdev.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clusterdev.platform.ClusterdevProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Starts PostgreSQL from Maven artifacts when no {@code spring.datasource.url} is configured, so a machine
 * with only a JDK runs the product. Its data lives in {@code <data-dir>/postgres} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Spring stops the server after the pool (see {@link #dataSource}); its own JVM hook would race that. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ClusterdevProperties properties) throws IOException {
        Path directory = properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(directory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedServerSettings.applyTo(EmbeddedPostgres.builder())
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        log.info(
                "Embedded PostgreSQL started in {} ms on port {} with data in {}",
                (System.nanoTime() - started) / 1_000_000,
                postgres.getPort(),
                directory);
        return postgres;
    }

    /** The pool depends on the database so that it is closed first on shutdown. */
    @Bean
    @DependsOn("embeddedPostgres")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setPoolName("clusterdev-embedded");
        dataSource.setMaximumPoolSize(10);
        dataSource.addDataSourceProperty(
                "prepareThreshold", "0"); // as for an external server, see application.properties
        return dataSource;
    }
}
