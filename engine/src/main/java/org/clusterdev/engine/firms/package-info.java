/**
 * Enterprise records held column by column in primitive arrays ({@link org.clusterdev.engine.firms.Firms}), so
 * that ten million firms fit in about a gigabyte: coordinates, NIC code, employment, turnover, exports, optional
 * weights (artisans, looms, families), PIN code, district, state and a local product name. Text values that
 * repeat (NIC codes, districts, states, products) are stored once in a {@link org.clusterdev.engine.firms.Dictionary}.
 */
package org.clusterdev.engine.firms;
