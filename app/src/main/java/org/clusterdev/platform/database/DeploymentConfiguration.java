package org.clusterdev.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.clusterdev.platform.ClusterdevProperties;
import org.clusterdev.platform.Deployment;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeploymentConfiguration {

    @Bean
    Deployment deployment(ObjectProvider<EmbeddedPostgres> embedded, ClusterdevProperties properties) {
        boolean embeddedDatabase = embedded.getIfAvailable() != null;
        boolean demo = properties.sampleData() != null ? properties.sampleData() : embeddedDatabase;
        return new Deployment(embeddedDatabase, demo);
    }
}
