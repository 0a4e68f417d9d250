/**
 * The national cluster registry: clusters (product + place), their typology, status and key figures by
 * year, and the sample clusters a demo system starts with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.clusterdev.registry;
