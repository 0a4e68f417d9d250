package org.clusterdev.engine.summary;

/**
 * A supplier industry of an industry, for a cluster's depth: firms of {@code supplierNic} supply those of
 * {@code industryNic} (both NIC prefixes of 2 to 5 digits).
 *
 * @param industryNic the industry supplied
 * @param supplierNic the supplying industry
 * @param supplier the supplying industry in words
 * @throws IllegalArgumentException when a prefix is not 2 to 5 digits
 */
public record SupplierLink(String industryNic, String supplierNic, String supplier) {

    public SupplierLink {
        if (!industryNic.matches("[0-9]{2,5}") || !supplierNic.matches("[0-9]{2,5}")) {
            throw new IllegalArgumentException(
                    "nic: NIC prefixes have 2 to 5 digits, was " + industryNic + " / " + supplierNic);
        }
    }
}
