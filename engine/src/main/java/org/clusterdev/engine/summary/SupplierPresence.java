package org.clusterdev.engine.summary;

/**
 * How many firms of a supplier industry are within a cluster's reach (no farther from its centre than its
 * extent plus eps), not counting the cluster's own members.
 *
 * @param supplierNic the supplying industry's NIC prefix
 * @param supplier the supplying industry in words
 * @param firms the firms found
 */
public record SupplierPresence(String supplierNic, String supplier, int firms) {}
