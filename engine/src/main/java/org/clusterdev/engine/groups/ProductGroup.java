package org.clusterdev.engine.groups;

import java.util.List;
import java.util.Locale;

/**
 * A product group defined as data: firms whose NIC code starts with one of {@code nicPrefixes}, or whose local
 * product name contains one of {@code localNames} (ignoring case), belong to it.
 *
 * @param code a short identifier, used in output files
 * @param name a readable name
 * @param nicPrefixes NIC code prefixes of 2 to 5 digits
 * @param localNames local product names, e.g. "pital" or "bidri"
 * @throws IllegalArgumentException when the code is empty, a prefix is not 2 to 5 digits, or the group has
 *     neither prefixes nor names
 */
public record ProductGroup(String code, String name, List<String> nicPrefixes, List<String> localNames) {

    public ProductGroup {
        if (code.isBlank()) {
            throw new IllegalArgumentException("group: a product group needs a code");
        }
        nicPrefixes = List.copyOf(nicPrefixes);
        localNames = localNames.stream()
                .map(n -> n.trim().toLowerCase(Locale.ROOT))
                .filter(n -> !n.isEmpty())
                .toList();
        for (String prefix : nicPrefixes) {
            if (!prefix.matches("[0-9]{2,5}")) {
                throw new IllegalArgumentException(
                        "nic: group " + code + ": '" + prefix + "' is not a NIC prefix of 2 to 5 digits");
            }
        }
        if (nicPrefixes.isEmpty() && localNames.isEmpty()) {
            throw new IllegalArgumentException("group: " + code + " has neither NIC codes nor local names");
        }
    }

    /** Whether a NIC code belongs to this group. */
    public boolean matchesNic(String nic) {
        for (String prefix : nicPrefixes) {
            if (nic.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a local product name belongs to this group. */
    public boolean matchesProduct(String product) {
        String lower = product.toLowerCase(Locale.ROOT);
        for (String local : localNames) {
            if (lower.contains(local)) {
                return true;
            }
        }
        return false;
    }
}
