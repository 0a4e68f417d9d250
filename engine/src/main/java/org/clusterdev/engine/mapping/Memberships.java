package org.clusterdev.engine.mapping;

import org.clusterdev.engine.groups.ProductGroups;

/**
 * For each firm, the groups it belongs to and its position in each group's member list. With all firms in one
 * group nothing needs storing; with one group at most per firm (NIC prefixes) two arrays suffice; with overlapping
 * groups the memberships are stored per firm.
 */
final class Memberships {

    private final int[] start;
    private final int[] group;
    private final int[] position;

    Memberships(int firms, ProductGroups groups) {
        if (groups.count() == 1 && groups.members(0).length == firms) {
            // all firms in one group (members are ascending and distinct, so they are 0..firms-1): no arrays
            start = null;
            group = null;
            position = null;
            return;
        }
        if (!groups.overlapping()) {
            start = null;
            group = new int[firms];
            position = new int[firms];
            java.util.Arrays.fill(group, -1);
            for (int g = 0; g < groups.count(); g++) {
                int[] members = groups.members(g);
                for (int p = 0; p < members.length; p++) {
                    group[members[p]] = g;
                    position[members[p]] = p;
                }
            }
            return;
        }
        start = new int[firms + 1];
        for (int g = 0; g < groups.count(); g++) {
            for (int member : groups.members(g)) {
                start[member + 1]++;
            }
        }
        for (int i = 0; i < firms; i++) {
            start[i + 1] += start[i];
        }
        group = new int[start[firms]];
        position = new int[start[firms]];
        int[] next = java.util.Arrays.copyOf(start, firms);
        for (int g = 0; g < groups.count(); g++) {
            int[] members = groups.members(g);
            for (int p = 0; p < members.length; p++) {
                int slot = next[members[p]]++;
                group[slot] = g;
                position[slot] = p;
            }
        }
    }

    int count(int firm) {
        if (group == null) {
            return 1;
        }
        if (start == null) {
            return group[firm] < 0 ? 0 : 1;
        }
        return start[firm + 1] - start[firm];
    }

    int group(int firm, int k) {
        if (group == null) {
            return 0;
        }
        return start == null ? group[firm] : group[start[firm] + k];
    }

    int position(int firm, int k) {
        if (position == null) {
            return firm;
        }
        return start == null ? position[firm] : position[start[firm] + k];
    }
}
