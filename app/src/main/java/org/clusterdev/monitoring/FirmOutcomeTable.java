package org.clusterdev.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The firm-level results of interventions in the shape of seed 004 Tables 2.5 and 2.6: one row per cluster with
 * its years of intervention, each outcome as a value and a number of firms, and a total row.
 *
 * @param columns the indicator codes, in the tables' order
 * @param rows one per cluster, by name
 * @param total all the clusters together, each outcome by its own rule
 */
public record FirmOutcomeTable(List<String> columns, List<Row> rows, Row total) {

    /** The indicators of Table 2.5, then those of Table 2.6. */
    public static final List<String> TABLE_2_5 = List.of(
            "DOMESTIC_SALES",
            "DOMESTIC_SALES_FIRMS",
            "EXPORTS",
            "EXPORT_NEW_MARKETS",
            "EXPORTS_FIRMS",
            "SAVINGS",
            "SAVINGS_FIRMS",
            "QUALITY_ACCREDITATIONS",
            "QUALITY_ACCREDITATION_FIRMS");

    /** The indicators of Table 2.6. */
    public static final List<String> TABLE_2_6 = List.of(
            "INVESTMENT",
            "INVESTMENT_FIRMS",
            "CREDIT",
            "CREDIT_FIRMS",
            "TRAINING_PROGRAMMES",
            "TRAINING_FIRMS",
            "TRAINEES",
            "FIRMS_SUPPORTED");

    /**
     * One cluster, or the total.
     *
     * @param clusterId 0 for the total
     * @param years the financial years with values, e.g. {@code 2021-22 to 2023-24}; empty for none
     * @param values by indicator code; an outcome without values is absent
     */
    public record Row(long clusterId, String name, String years, Map<String, BigDecimal> values) {

        /** The value of an indicator, if any. */
        public Optional<BigDecimal> value(String code) {
            return Optional.ofNullable(values.get(code));
        }
    }
}
