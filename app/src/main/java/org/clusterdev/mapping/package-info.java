/**
 * Cluster mapping from enterprise data: people upload an enterprise file (CSV or gzip, streamed to disk), run the
 * mapping engine on it as a background job with a registry definition or explicit parameters, compare each
 * candidate cluster with the registry (already registered, new, or registered but not found in the data), send new
 * candidates to a state cell or CDA for field validation, and promote confirmed ones into the registry as
 * identified, with their evidence and a confidence level: statistics alone are not trusted in the informal economy.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Mapping",
        allowedDependencies = {"platform", "identity", "geography", "registry"})
package org.clusterdev.mapping;
