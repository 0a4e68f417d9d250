package org.clusterdev.engine.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.clusterdev.engine.firms.Firms;

/** A way of splitting firms into product groups. */
@FunctionalInterface
public interface Grouping {

    /** The groups of the given firms. */
    ProductGroups assign(Firms firms);

    /** All firms in one group, coded {@code all}. */
    static Grouping allFirms() {
        return firms -> {
            int[] everyone = new int[firms.size()];
            for (int i = 0; i < everyone.length; i++) {
                everyone[i] = i;
            }
            return new ProductGroups(List.of("all"), List.of("all firms"), List.of(everyone), 0, false);
        };
    }

    /**
     * One group per NIC prefix of the given length, in the order of the prefixes; firms whose NIC code is
     * shorter than the prefix are in no group.
     *
     * @throws IllegalArgumentException when the length is not 2 to 5
     */
    static Grouping byNicPrefix(int length) {
        if (length < 2 || length > 5) {
            throw new IllegalArgumentException("group-by: a NIC prefix has 2 to 5 digits, was " + length);
        }
        return firms -> {
            List<String> codes = firms.nicCodes();
            TreeMap<String, Integer> prefixes = new TreeMap<>();
            for (String code : codes) {
                if (code.length() >= length) {
                    prefixes.putIfAbsent(code.substring(0, length), prefixes.size());
                }
            }
            List<String> ordered = new ArrayList<>(prefixes.keySet());
            int[] groupOfCode = new int[codes.size()];
            for (int c = 0; c < codes.size(); c++) {
                groupOfCode[c] = codes.get(c).length() >= length
                        ? ordered.indexOf(codes.get(c).substring(0, length))
                        : -1;
            }
            return split(firms, ordered, ordered, i -> groupOfCode[firms.nicIndex(i)]);
        };
    }

    /** Groups defined as data; a firm joins every group its NIC code or local product name matches. */
    static Grouping byProductGroups(List<ProductGroup> groups) {
        List<ProductGroup> defined = List.copyOf(groups);
        return firms -> ProductGroupMatching.assign(firms, defined);
    }

    private static ProductGroups split(
            Firms firms, List<String> codes, List<String> names, java.util.function.IntUnaryOperator groupOf) {
        int[] counts = new int[codes.size()];
        int ungrouped = 0;
        for (int i = 0; i < firms.size(); i++) {
            int g = groupOf.applyAsInt(i);
            if (g < 0) {
                ungrouped++;
            } else {
                counts[g]++;
            }
        }
        List<int[]> members = new ArrayList<>();
        for (int count : counts) {
            members.add(new int[count]);
        }
        int[] next = new int[codes.size()];
        for (int i = 0; i < firms.size(); i++) {
            int g = groupOf.applyAsInt(i);
            if (g >= 0) {
                members.get(g)[next[g]++] = i;
            }
        }
        List<String> namedCodes = new ArrayList<>();
        for (String name : names) {
            namedCodes.add("NIC " + name);
        }
        return new ProductGroups(codes, namedCodes, members, ungrouped, false);
    }
}
