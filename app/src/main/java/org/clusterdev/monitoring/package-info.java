/**
 * Monitoring and evaluation at cluster, scheme and policy level (seed 004 §3.12, §4.5 item 22): the results
 * framework (indicators as data), baselines, targets and actuals per intervention and quarter entered by form or
 * spreadsheet and checked by rules, approval by level (agency, state cell, scheme) with lock and audited unlock,
 * and dashboards that aggregate approved values from cluster to nation and from intervention to all schemes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring",
        allowedDependencies = {"platform", "identity", "geography", "registry", "programme"})
package org.clusterdev.monitoring;
