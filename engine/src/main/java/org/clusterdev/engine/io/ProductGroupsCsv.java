package org.clusterdev.engine.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clusterdev.engine.groups.ProductGroup;

/**
 * Reads product groups from a CSV file with the header {@code group,name,nic,local_names}: {@code nic} lists NIC
 * prefixes of 2 to 5 digits, {@code local_names} local product names (matched, ignoring case, within a firm's
 * {@code product} column), both separated by semicolons; either may be empty, not both. For example:
 *
 * <pre>
 * group,name,nic,local_names
 * brassware,Brass and bell metal ware,25999;2420,brass;pital;bell metal
 * </pre>
 */
public final class ProductGroupsCsv {

    private ProductGroupsCsv() {}

    /**
     * Loads the groups of a file, in file order.
     *
     * @throws IllegalArgumentException when the header or a row is wrong (naming the line), or codes repeat
     */
    public static List<ProductGroup> load(Path file) {
        List<ProductGroup> groups = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (SmallCsv.Row row : SmallCsv.read(file, List.of("group", "nic", "local_names"))) {
            try {
                ProductGroup group = new ProductGroup(
                        row.get("group"),
                        row.get("name").isEmpty() ? row.get("group") : row.get("name"),
                        SmallCsv.items(row.get("nic"), true),
                        SmallCsv.items(row.get("local_names"), false));
                if (!codes.add(group.code())) {
                    throw new IllegalArgumentException("group: " + group.code() + " appears twice");
                }
                groups.add(group);
            } catch (IllegalArgumentException e) {
                throw SmallCsv.problem(file.toString(), row.line(), e);
            }
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException(file + ": no product groups");
        }
        return groups;
    }
}
