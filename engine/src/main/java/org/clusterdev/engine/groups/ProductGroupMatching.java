package org.clusterdev.engine.groups;

import java.util.ArrayList;
import java.util.List;
import org.clusterdev.engine.firms.Firms;

/** Assigns firms to product groups defined as data: by NIC prefix or local product name. */
final class ProductGroupMatching {

    private ProductGroupMatching() {}

    static ProductGroups assign(Firms firms, List<ProductGroup> groups) {
        int g = groups.size();
        boolean[][] byNic = new boolean[firms.nicCodes().size()][g];
        for (int c = 0; c < byNic.length; c++) {
            for (int k = 0; k < g; k++) {
                byNic[c][k] = groups.get(k).matchesNic(firms.nicCodes().get(c));
            }
        }
        boolean[][] byProduct = new boolean[firms.productNames().size()][g];
        for (int p = 0; p < byProduct.length; p++) {
            for (int k = 0; k < g; k++) {
                byProduct[p][k] =
                        groups.get(k).matchesProduct(firms.productNames().get(p));
            }
        }
        int[] counts = new int[g];
        int ungrouped = 0;
        boolean overlapping = false;
        for (int i = 0; i < firms.size(); i++) {
            int memberships = 0;
            for (int k = 0; k < g; k++) {
                if (belongs(firms, i, k, byNic, byProduct)) {
                    counts[k]++;
                    memberships++;
                }
            }
            ungrouped += memberships == 0 ? 1 : 0;
            overlapping |= memberships > 1;
        }
        List<int[]> members = new ArrayList<>();
        for (int count : counts) {
            members.add(new int[count]);
        }
        int[] next = new int[g];
        for (int i = 0; i < firms.size(); i++) {
            for (int k = 0; k < g; k++) {
                if (belongs(firms, i, k, byNic, byProduct)) {
                    members.get(k)[next[k]++] = i;
                }
            }
        }
        return new ProductGroups(
                groups.stream().map(ProductGroup::code).toList(),
                groups.stream().map(ProductGroup::name).toList(),
                members,
                ungrouped,
                overlapping);
    }

    private static boolean belongs(Firms firms, int firm, int group, boolean[][] byNic, boolean[][] byProduct) {
        if (byNic[firms.nicIndex(firm)][group]) {
            return true;
        }
        int product = firms.productIndex(firm);
        return product >= 0 && byProduct[product][group];
    }
}
