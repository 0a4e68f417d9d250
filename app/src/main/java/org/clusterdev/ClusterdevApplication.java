package org.clusterdev;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts clusterdev: one process whose top-level packages are its business modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class ClusterdevApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClusterdevApplication.class, args);
    }
}
