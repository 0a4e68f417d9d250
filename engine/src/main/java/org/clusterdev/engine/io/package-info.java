/**
 * Files in and out: the firm CSV reader ({@link org.clusterdev.engine.io.FirmCsvReader}, plain or gzip,
 * parsed in parallel blocks, every bad row reported with its line and reason), the PIN gazetteer
 * ({@link org.clusterdev.engine.io.PinGazetteer}) that locates firms by PIN code, and the writers of labels,
 * cluster summaries and indicators. Readers and writers work on bytes, not strings, so that ten million rows
 * take seconds.
 */
package org.clusterdev.engine.io;
