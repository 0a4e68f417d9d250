package org.clusterdev.programme;

/**
 * An activity type of the catalogue of seed 004 Annex 2.2, with its best-fit cell of the Table 2.3 matrix.
 *
 * @param code e.g. {@code MD14}
 * @param categoryCode e.g. {@code MARKET_DEVELOPMENT}
 * @param research whether it counts as R&amp;D for the funding rules
 */
public record CatalogueActivity(
        String code,
        String categoryCode,
        String name,
        SupportKind support,
        String matrixIntervention,
        String matrixNature,
        boolean research) {}
