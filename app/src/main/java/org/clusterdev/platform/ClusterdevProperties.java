package org.clusterdev.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code clusterdev.*}; each can also be given as an environment variable, e.g.
 * {@code CLUSTERDEV_DATA_DIR} or {@code CLUSTERDEV_ADMIN_PASSWORD}.
 *
 * @param dataDir where the embedded database and uploaded files live (default {@code ./data})
 * @param sampleData whether to load the sample clusters and demo accounts; unset means "only when the
 *     embedded database is used", so a production database never receives them unless asked
 * @param admin how the first administrator is created
 * @param baseUrl the address users reach the product at, used in links printed to the log
 */
@ConfigurationProperties("clusterdev")
public record ClusterdevProperties(
        @DefaultValue("./data") Path dataDir,
        Boolean sampleData,
        @DefaultValue Admin admin,
        String baseUrl) {

    /**
     * @param username the administrator's login name
     * @param password when set and no administrator exists yet, the administrator is created with it;
     *     when unset, a one-time setup link is printed to the log instead
     */
    public record Admin(@DefaultValue("admin") String username, String password) {}
}
