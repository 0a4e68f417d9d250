package org.clusterdev.registry.transfer;

import java.util.List;

/** What a file imports, with the columns it has. */
public enum ImportKind {
    /** Clusters and their figures of one year per row. */
    CLUSTERS(new ColumnSet(
            List.of("name", "product", "typology", "state"),
            List.of(
                    "nic_code",
                    "district",
                    "latitude",
                    "longitude",
                    "pin",
                    "status",
                    "year",
                    "enterprises",
                    "micro",
                    "small",
                    "medium",
                    "artisans",
                    "looms",
                    "families",
                    "employment",
                    "turnover_rupees",
                    "exports_rupees",
                    "minority_share",
                    "sc_st_share",
                    "description",
                    "source"))),
    /** Stakeholders (actors) of existing clusters, and optionally one linkage between two of them per row. */
    STAKEHOLDERS(new ColumnSet(
            List.of("cluster", "state", "actor_name", "actor_kind"),
            List.of("description", "contact", "linked_to", "linkage_kind", "started_on", "ended_on")));

    /** The columns of a cluster file in the order exports write them. */
    public static final List<String> CLUSTER_COLUMNS = List.of(
            "name",
            "product",
            "nic_code",
            "typology",
            "state",
            "district",
            "latitude",
            "longitude",
            "pin",
            "status",
            "year",
            "enterprises",
            "micro",
            "small",
            "medium",
            "artisans",
            "looms",
            "families",
            "employment",
            "turnover_rupees",
            "exports_rupees",
            "minority_share",
            "sc_st_share",
            "description",
            "source");

    /** The columns of a stakeholder file in documentation order. */
    public static final List<String> STAKEHOLDER_COLUMNS = List.of(
            "cluster",
            "state",
            "actor_name",
            "actor_kind",
            "description",
            "contact",
            "linked_to",
            "linkage_kind",
            "started_on",
            "ended_on");

    private final ColumnSet columns;

    ImportKind(ColumnSet columns) {
        this.columns = columns;
    }

    public ColumnSet columns() {
        return columns;
    }

    /** The columns in the order templates and exports write them. */
    public List<String> columnOrder() {
        return this == CLUSTERS ? CLUSTER_COLUMNS : STAKEHOLDER_COLUMNS;
    }
}
