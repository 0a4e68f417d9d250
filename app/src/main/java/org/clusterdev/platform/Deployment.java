package org.clusterdev.platform;

/**
 * How this instance runs, decided once at start-up.
 *
 * @param embeddedDatabase whether the database is the embedded one under the data directory
 * @param demo whether sample clusters and clearly-labelled demo accounts are loaded
 */
public record Deployment(boolean embeddedDatabase, boolean demo) {}
