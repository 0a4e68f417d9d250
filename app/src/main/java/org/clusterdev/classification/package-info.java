/**
 * NIC-2008 hierarchy and product groups: the National Industrial Classification's sections, divisions,
 * groups, classes and sub-classes that clusters and enterprises are classified by, readable by everyone
 * and kept up to date by administrators, who import the full list from a CSV file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Classification",
        allowedDependencies = {"platform", "identity"})
package org.clusterdev.classification;
