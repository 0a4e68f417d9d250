package org.clusterdev.monitoring;

/**
 * What the rows of a dashboard are: the geographic roll-up (cluster, district, state; the whole nation is the
 * total), the programme roll-up (intervention, scheme; all schemes is the total), or the quarters.
 */
public enum Grouping {
    STATE,
    DISTRICT,
    CLUSTER,
    SCHEME,
    INTERVENTION,
    PERIOD,
    ALL
}
