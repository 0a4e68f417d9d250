package org.clusterdev.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;

/**
 * Server settings of the embedded PostgreSQL, shared by the demo run and the tests. The defaults of PostgreSQL suit
 * a small machine with spinning disks; the dashboards aggregate hundreds of thousands of values per request, which
 * wants them cached in memory and read through the covering index rather than page by page from the table.
 */
public final class EmbeddedServerSettings {

    static final Map<String, String> SETTINGS = Map.of(
            "shared_buffers", "512MB",
            "work_mem", "32MB",
            "random_page_cost", "1.1",
            "effective_cache_size", "2GB");

    private EmbeddedServerSettings() {}

    /** The builder with these settings. */
    public static EmbeddedPostgres.Builder applyTo(EmbeddedPostgres.Builder builder) {
        SETTINGS.forEach(builder::setServerConfig);
        return builder;
    }
}
