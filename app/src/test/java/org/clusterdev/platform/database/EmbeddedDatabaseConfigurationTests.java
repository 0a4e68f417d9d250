package org.clusterdev.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.clusterdev.platform.ClusterdevProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseConfigurationTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsItsDataInTheDataDirectoryAcrossRestarts() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        var properties = new ClusterdevProperties(dataDir, null, new ClusterdevProperties.Admin("admin", null), null);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties);
                HikariDataSource pool = configuration.dataSource(first)) {
            JdbcClient.create(pool).sql("create table kept (value text)").update();
            JdbcClient.create(pool)
                    .sql("insert into kept values ('still here')")
                    .update();
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
                HikariDataSource pool = configuration.dataSource(second)) {
            assertThat(JdbcClient.create(pool)
                            .sql("select value from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("still here");
        }
    }
}
